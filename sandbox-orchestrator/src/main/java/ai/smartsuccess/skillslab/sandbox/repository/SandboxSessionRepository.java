package ai.smartsuccess.skillslab.sandbox.repository;

import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SandboxSessionRepository implements PanacheRepositoryBase<SandboxSession, UUID> {

    /** Sessions still holding a sandbox (anything not terminated). */
    public Uni<List<SandboxSession>> listAlive() {
        return list("state <> ?1", SandboxSession.TERMINATED);
    }

    /** Live sessions whose deadline has passed. */
    public Uni<List<SandboxSession>> listPastDeadline(OffsetDateTime now) {
        return list("state = ?1 and deadline <= ?2", SandboxSession.READY, now);
    }

    /**
     * Sessions that nobody finalized in time, whose assessment ended without them, or whose finalize failed and was
     * never retried (a finalizing session's {@code reapAfter} is pushed out at every attempt).
     */
    public Uni<List<SandboxSession>> listDueForReaping(OffsetDateTime now) {
        return list("state <> ?1 and reapAfter is not null and reapAfter <= ?2", SandboxSession.TERMINATED, now);
    }

    /** Live sessions whose last workspace snapshot is older than the interval. */
    public Uni<List<SandboxSession>> listDueForSnapshot(OffsetDateTime olderThan) {
        return list("state = ?1 and (lastSnapshotAt is null or lastSnapshotAt <= ?2)", SandboxSession.READY, olderThan);
    }

    public Uni<Long> countAlive() {
        return count("state <> ?1", SandboxSession.TERMINATED);
    }
}

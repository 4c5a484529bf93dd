package ai.smartsuccess.skillslab.sandbox.repository;

import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** Marks the owner's sessions for erasure (a repeated request keeps the first time); answers how many. */
    public Uni<Integer> requestErasure(String ownerId, OffsetDateTime now) {
        return update("erasureRequestedAt = ?1 where ownerId = ?2 and erasureRequestedAt is null", now, ownerId);
    }

    /**
     * Terminated sessions whose erasure was requested before {@code requestedBefore} and whose objects are still there,
     * locked; rows another instance holds are skipped rather than waited for.
     */
    public Uni<List<SandboxSession>> lockDueForErasure(OffsetDateTime requestedBefore, int limit) {
        return lockTerminatedWithObjects("erasure_requested_at", requestedBefore, limit);
    }

    /**
     * Sessions that ended (terminated) at or before {@code cutoff} and whose objects are still there, oldest first,
     * locked; rows another instance holds are skipped rather than waited for.
     */
    public Uni<List<SandboxSession>> lockEndedBefore(OffsetDateTime cutoff, int limit) {
        return lockTerminatedWithObjects("terminated_at", cutoff, limit);
    }

    /** Terminated sessions with their objects still there whose {@code column} is at or before {@code before}. */
    private Uni<List<SandboxSession>> lockTerminatedWithObjects(String column, OffsetDateTime before, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select * from {h-schema}sandbox_sessions where state = 'terminated'"
                                        + " and objects_erased_at is null and " + column + " <= :before"
                                        + " order by " + column + " limit :limit for update skip locked",
                                SandboxSession.class)
                        .setParameter("before", before)
                        .setParameter("limit", limit)
                        .getResultList());
    }
}

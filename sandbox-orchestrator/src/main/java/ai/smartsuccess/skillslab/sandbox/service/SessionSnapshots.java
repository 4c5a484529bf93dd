package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Erases the stored work of ended sessions: every object under the assessment's prefix in the submissions bucket
 * (starter, live and final files) and the stored finalize answer, which points at them; the session records when
 * ({@code objects_erased_at}). For an account's erasure and for the retention of code. Runs in the caller's
 * transaction, on sessions it has locked; deleting again is harmless.
 */
@ApplicationScoped
public class SessionSnapshots {

    private static final Logger LOG = Logger.getLogger(SessionSnapshots.class);

    private final SubmissionStorage storage;

    SessionSnapshots(SubmissionStorage storage) {
        this.storage = storage;
    }

    /** Erases the objects of each session in turn; answers how many sessions were done. */
    public Uni<Integer> erase(List<SandboxSession> sessions) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (SandboxSession session : sessions) {
            chain = chain.flatMap(done -> Blocking.call(() -> storage.deleteAll(session.assessmentId))
                    .map(objects -> {
                        session.objectsErasedAt = OffsetDateTime.now(ZoneOffset.UTC);
                        session.finalizeResult = null;
                        LOG.debugf("%d objects of assessment %s erased", objects, session.assessmentId);
                        return done + 1;
                    }));
        }
        return chain;
    }
}

package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import ai.smartsuccess.skillslab.platform.retention.RetentionSweep;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps what a session left behind no longer than the platform's retention settings allow, counted from when the
 * session ended ({@code terminated_at}):
 *
 * <ul>
 *   <li>{@code skillslab.retention.code-and-chat} (12 months): the workspace snapshots in the submissions bucket and
 *       the stored finalize answer go ({@link SessionSnapshots}); the session row stays, recording when.
 *   <li>{@code skillslab.retention.tracking-detail} (12 months): the session's rows in the activity outbox (terminal
 *       commands, test runs), sent or not, go. Sent rows normally leave an hour after publishing already.
 * </ul>
 *
 * A period of zero keeps that data. Checked every {@code skillslab.retention.scan-interval}, a bounded batch at a time;
 * several instances share the work (locked rows are skipped) and deleting again is harmless.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    /** Sessions a round erases: each is a listing and a few deletions in the submissions bucket. */
    static final int SESSION_BATCH = 20;

    static final int ACTIVITY_BATCH = 500;

    private final RetentionSweep snapshots;
    private final RetentionSweep activity;

    RetentionService(
            SandboxSessionRepository sessions,
            SessionSnapshots objects,
            ActivityOutboxRepository outbox,
            RetentionSettings retention) {
        this.snapshots = new RetentionSweep(
                "ended sessions' workspace snapshots",
                retention::codeAndChat,
                SESSION_BATCH,
                (cutoff, max) -> Panache.withTransaction(
                        () -> sessions.lockEndedBefore(cutoff, max).flatMap(objects::erase)),
                LOG);
        this.activity = new RetentionSweep(
                "ended sessions' activity rows",
                retention::trackingDetail,
                ACTIVITY_BATCH,
                outbox::deleteOfSessionsEndedBefore,
                LOG);
    }

    @Scheduled(
            every = "${skillslab.retention.scan-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return snapshots.drain().call(activity::drain);
    }
}

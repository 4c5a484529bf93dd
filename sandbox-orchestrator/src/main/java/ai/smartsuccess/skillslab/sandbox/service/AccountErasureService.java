package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.messaging.AccountDeletions;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Erases a deleted account's workspace snapshots (starter, live and final files in the submissions bucket, keyed by
 * assessment id; the session rows map the owner to them). The AccountDeleted marks the owner's sessions; once
 * {@code skillslab.sandbox.erasure.delay} has passed and the sandbox is gone (assessment-service ends a session that was
 * still open), a sweep deletes every object under the assessment's prefix and the stored finalize answer
 * ({@link SessionSnapshots}). Instances share the work: each locks the sessions it erases and skips those another
 * holds. A failed deletion is retried at the next sweep; deleting again is harmless.
 */
@ApplicationScoped
public class AccountErasureService {

    private static final Logger LOG = Logger.getLogger(AccountErasureService.class);
    static final int BATCH = 20;

    private final SandboxSessionRepository sessions;
    private final SessionSnapshots snapshots;
    private final SandboxConfig.Erasure config;
    private final DrainLoop loop;

    AccountErasureService(SandboxSessionRepository sessions, SessionSnapshots snapshots, SandboxConfig config) {
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.config = config.sandbox().erasure();
        this.loop = new DrainLoop(this::eraseDue, BATCH, "erasure of deleted accounts' snapshots", LOG);
    }

    /**
     * AccountDeleted from the gateway, on {@code account-lifecycle}: reading, retries and the dead-letter queue are
     * the platform's {@link AccountDeletions}.
     */
    @Incoming("account-lifecycle")
    public Uni<Void> consume(Message<AccountLifecycleEvent> message) {
        return AccountDeletions.apply(message, this::erase, "the sandbox sessions");
    }

    /** Marks the sessions of a deleted account (the user id of a valid AccountDeleted); a repeat changes nothing. */
    public Uni<Void> erase(String userId) {
        return Panache.withTransaction(() -> sessions.requestErasure(userId, now()))
                .invoke(marked ->
                        LOG.infof("%d sandbox sessions of deleted account %s marked for erasure", marked, userId))
                .replaceWithVoid();
    }

    @Scheduled(
            every = "${skillslab.sandbox.erasure.sweep-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return loop.drain();
    }

    private Uni<Integer> eraseDue() {
        OffsetDateTime before = now().minus(config.delay());
        return Panache.withTransaction(
                () -> sessions.lockDueForErasure(before, BATCH).flatMap(snapshots::erase));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

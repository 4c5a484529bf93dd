package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.messaging.AccountDeletions;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import ai.smartsuccess.skillslab.scoring.repository.AccountErasureRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Erases what this service keeps about a person who deleted their account: their scoring runs go whole (the stored
 * submission, which names them by id, and the result, which quotes what they wrote; their email, name and notes are
 * never stored, see {@link ScoringService}). Their score stays only in assessment-service, anonymized there; nothing
 * here links a number to them any more, and such an assessment can no longer be re-scored. A run still being scored
 * is deleted once its outcome is published, so the business that invited them still gets the score; a submission that
 * arrives after the erasure is deleted the same way, by the sweep. Idempotent: erasing the same account again changes
 * nothing.
 */
@ApplicationScoped
public class AccountErasureService {

    private static final Logger LOG = Logger.getLogger(AccountErasureService.class);
    static final int SWEEP_BATCH = 100;

    private final AccountErasureRepository erasure;

    AccountErasureService(AccountErasureRepository erasure) {
        this.erasure = erasure;
    }

    /**
     * AccountDeleted from the gateway, on {@code account-lifecycle}: reading, retries and the dead-letter queue are
     * the platform's {@link AccountDeletions}.
     */
    @Incoming("account-lifecycle")
    public Uni<Void> consume(Message<AccountLifecycleEvent> message) {
        return AccountDeletions.apply(message, this::erase, "the scoring runs");
    }

    /** Erases the runs of a deleted account (the user id of a valid AccountDeleted); a repeat changes nothing. */
    public Uni<Void> erase(String userId) {
        return Panache.withTransaction(() -> erasure.remember(userId)
                        .flatMap(ignored -> erasure.deleteSettledRuns(userId))
                        .flatMap(deleted -> erasure.forgetRequester(userId).replaceWith(deleted)))
                .invoke(deleted -> LOG.infof("scoring runs of deleted account %s erased (%d)", userId, deleted))
                .replaceWithVoid();
    }

    @Scheduled(
            every = "${skillslab.scoring.erasure.sweep-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return DrainLoop.sweep(
                Panache.withTransaction(() -> erasure.sweepSettledRuns(SWEEP_BATCH)),
                "scoring runs of deleted accounts",
                LOG);
    }
}

package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import ai.smartsuccess.skillslab.notification.repository.InboxRepository;
import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import ai.smartsuccess.skillslab.platform.retention.RetentionSweep;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the messages this service sent no longer than {@code skillslab.retention.code-and-chat} (12 months): the email
 * log (addresses, names, scores, what an invitation said) and the businesses' in-app notifications (candidates' names)
 * go once that old; emails still waiting to be sent stay. A period of zero keeps them. Checked every
 * {@code skillslab.retention.scan-interval}, a bounded batch at a time; several instances share the work.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    static final int BATCH = 500;

    private final RetentionSweep emails;
    private final RetentionSweep notices;

    RetentionService(DeliveryRepository deliveries, InboxRepository inbox, RetentionSettings retention) {
        this.emails = new RetentionSweep(
                "emails on record",
                retention::codeAndChat,
                BATCH,
                (cutoff, max) -> Panache.withTransaction(() -> deliveries.deleteFinishedBefore(cutoff, max)),
                LOG);
        this.notices = new RetentionSweep(
                "in-app notifications",
                retention::codeAndChat,
                BATCH,
                (cutoff, max) -> Panache.withTransaction(() -> inbox.deleteCreatedBefore(cutoff, max)),
                LOG);
    }

    @Scheduled(
            every = "${skillslab.retention.scan-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return emails.drain().call(notices::drain);
    }
}

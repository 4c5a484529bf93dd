package ai.smartsuccess.skillslab.gateway.messaging;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.gateway.service.AuditLog;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores the audit entries of every service (topic {@code audit}). Idempotent on the event id: a redelivered entry
 * changes nothing. An entry that can never be stored goes to {@code audit.dlq} at once, one the database refuses for
 * a while after a few attempts.
 */
@ApplicationScoped
public class AuditConsumer {

    private static final Logger LOG = Logger.getLogger(AuditConsumer.class);
    static final int ATTEMPTS = 3;

    private final AuditLog log;

    AuditConsumer(AuditLog log) {
        this.log = log;
    }

    @Incoming("audit")
    public Uni<Void> consume(Message<AuditRecorded> message) {
        AuditRecorded entry = message.getPayload();
        if (entry == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        Executor here = OnContext.current();
        return Uni.createFrom()
                .deferred(() -> log.store(entry))
                .runSubscriptionOn(here)
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry()
                .withBackOff(Duration.ofMillis(500))
                .atMost(ATTEMPTS - 1)
                .onItemOrFailure()
                .transformToUni((stored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.errorf("audit entry %s not stored: %s", entry.eventId(), failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }
}

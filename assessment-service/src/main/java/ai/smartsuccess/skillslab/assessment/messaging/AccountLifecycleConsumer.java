package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.service.AccountErasureService;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * AccountDeleted from the gateway: the person's data in this service is erased or anonymized. Idempotent; a message
 * that still fails after a few attempts, or cannot be read, goes to {@code account-lifecycle.dlq}.
 */
@ApplicationScoped
public class AccountLifecycleConsumer {

    private static final Logger LOG = Logger.getLogger(AccountLifecycleConsumer.class);
    static final int ATTEMPTS = 3;

    private final AccountErasureService erasure;

    AccountLifecycleConsumer(AccountErasureService erasure) {
        this.erasure = erasure;
    }

    @Incoming("account-lifecycle-in")
    public Uni<Void> consume(Message<AccountLifecycleEvent> message) {
        AccountLifecycleEvent event = message.getPayload();
        if (event == null) {
            if (unreadable(message)) {
                return Uni.createFrom()
                        .completionStage(message.nack(new IllegalArgumentException("unreadable account event")));
            }
            LOG.debug("skipping an account event of a type this service does not handle");
            return Uni.createFrom().completionStage(message.ack());
        }
        if (!(event instanceof AccountDeleted deleted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        // Retries come back on this message's Vert.x context, where the database session must run.
        Executor here = OnContext.current();
        return Uni.createFrom()
                .deferred(() -> erasure.erase(deleted))
                .runSubscriptionOn(here)
                .onFailure(IllegalArgumentException.class)
                .transform(e -> new PoisonEvent(e.getMessage()))
                .onFailure(e -> !(e instanceof PoisonEvent))
                .retry()
                .withBackOff(Duration.ofMillis(500))
                .atMost(ATTEMPTS - 1)
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.errorf("erasing the data of deleted account %s failed: %s", deleted.userId(), failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private static boolean unreadable(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m ->
                        m.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON) != null)
                .orElse(false);
    }

    /** An event that can never be applied (wrong version, no user): straight to the DLQ, no retries. */
    static final class PoisonEvent extends RuntimeException {
        PoisonEvent(String message) {
            super(message);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.service.AccountErasureService;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * AccountDeleted from the gateway: the person's data in this service is erased or anonymized. Idempotent; another
 * event type arrives as null and is acknowledged. A record that cannot be read never gets here (the connector
 * dead-letters it), and one whose erasure still fails after a few attempts goes to {@code account-lifecycle.dlq}.
 */
@ApplicationScoped
public class AccountLifecycleConsumer {

    private static final Logger LOG = Logger.getLogger(AccountLifecycleConsumer.class);
    static final int ATTEMPTS = 3;

    private final AccountErasureService erasure;

    AccountLifecycleConsumer(AccountErasureService erasure) {
        this.erasure = erasure;
    }

    @Incoming("account-lifecycle")
    public Uni<Void> consume(Message<AccountLifecycleEvent> message) {
        AccountLifecycleEvent event = message.getPayload();
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

    /** An event that can never be applied (wrong version, no user): straight to the DLQ, no retries. */
    static final class PoisonEvent extends RuntimeException {
        PoisonEvent(String message) {
            super(message);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.service.AccountErasureService;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.messaging.AccountDeletions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * AccountDeleted from the gateway: the person's data in this service is erased or anonymized. Idempotent by the event's
 * id (which is why the whole event goes to the erasure, not only the user id); another event type arrives as null and
 * is acknowledged. A record that cannot be read never gets here (the connector dead-letters it); an event that can never
 * be applied, or whose erasure still fails after a few attempts, goes to {@code account-lifecycle.dlq}
 * ({@link AccountDeletions#withRetries}).
 */
@ApplicationScoped
public class AccountLifecycleConsumer {

    private final AccountErasureService erasure;

    AccountLifecycleConsumer(AccountErasureService erasure) {
        this.erasure = erasure;
    }

    @Incoming("account-lifecycle")
    public Uni<Void> consume(Message<AccountLifecycleEvent> message) {
        if (!(message.getPayload() instanceof AccountDeleted deleted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return AccountDeletions.withRetries(
                message,
                () -> erasure.erase(deleted),
                () -> "erasing the data of deleted account " + deleted.userId() + " failed");
    }
}

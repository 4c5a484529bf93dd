package ai.smartsuccess.skillslab.sandbox.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.sandbox.service.AccountErasureService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * AccountDeleted from the gateway: the person's workspace snapshots are erased (see {@link AccountErasureService}).
 * Other account events arrive as null and are acknowledged; an event that can never be applied, or whose marking still
 * fails after a few attempts, goes to {@code account-lifecycle.dlq}.
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
        if (!(message.getPayload() instanceof AccountDeleted deleted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        // Retries come back on this message's Vert.x context, where the database session must run.
        Executor here = OnContext.current();
        return Uni.createFrom()
                .deferred(() -> erasure.erase(deleted))
                .runSubscriptionOn(here)
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry()
                .withBackOff(Duration.ofMillis(500))
                .atMost(ATTEMPTS - 1)
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.errorf("marking the sessions of deleted account %s failed: %s", deleted.userId(), failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }
}

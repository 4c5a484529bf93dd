package ai.smartsuccess.skillslab.gateway.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes account events, keyed by user, and completes only once Kafka acknowledged them. */
@ApplicationScoped
public class AccountEventPublisher {

    private final MutinyEmitter<AccountLifecycleEvent> emitter;

    AccountEventPublisher(@Channel("account-lifecycle") MutinyEmitter<AccountLifecycleEvent> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(AccountLifecycleEvent event) {
        return emitter.sendMessage(Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.key())
                        .build()));
    }
}

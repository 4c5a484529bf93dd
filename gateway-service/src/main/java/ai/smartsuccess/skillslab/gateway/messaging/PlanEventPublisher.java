package ai.smartsuccess.skillslab.gateway.messaging;

import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes plan changes, keyed by account, and completes only once Kafka acknowledged them. */
@ApplicationScoped
public class PlanEventPublisher {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<PlanChanged> emitter;

    PlanEventPublisher(@Channel("plan-changes") MutinyEmitter<PlanChanged> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(PlanChanged event) {
        return emitter.sendMessage(Message.of(event)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(event.key())
                                .build()))
                .ifNoItem()
                .after(SEND_TIMEOUT)
                .fail();
    }
}

package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes ScoreComputed and ScoringFailed on {@code score-results}, keyed by assessment id. */
@ApplicationScoped
public class ScoreResultPublisher {

    private final MutinyEmitter<ScoreResultEvent> emitter;

    ScoreResultPublisher(@Channel("score-results") MutinyEmitter<ScoreResultEvent> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has the record. */
    public Uni<Void> publish(ScoreResultEvent event) {
        return emitter.sendMessage(Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.key())
                        .build()));
    }
}

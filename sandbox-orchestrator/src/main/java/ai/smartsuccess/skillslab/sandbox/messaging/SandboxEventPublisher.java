package ai.smartsuccess.skillslab.sandbox.messaging;

import ai.smartsuccess.skillslab.contracts.events.SandboxLifecycleEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes SandboxReady and SandboxTerminated on {@code sandbox-lifecycle}, keyed by assessment id. The events inform;
 * the REST answers already carry the same facts, so a broker outage is logged and never fails the request.
 */
@ApplicationScoped
public class SandboxEventPublisher {

    private static final Logger LOG = Logger.getLogger(SandboxEventPublisher.class);

    private final MutinyEmitter<SandboxLifecycleEvent> emitter;

    SandboxEventPublisher(@Channel("sandbox-lifecycle") MutinyEmitter<SandboxLifecycleEvent> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(SandboxLifecycleEvent event) {
        Message<SandboxLifecycleEvent> message = Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.key())
                        .build());
        return emitter.sendMessage(message)
                .ifNoItem()
                .after(Duration.ofSeconds(10))
                .fail()
                .onFailure()
                .invoke(e -> LOG.warnf("%s of assessment %s not published: %s", event.type(), event.assessmentId(), e))
                .onFailure()
                .recoverWithNull();
    }
}

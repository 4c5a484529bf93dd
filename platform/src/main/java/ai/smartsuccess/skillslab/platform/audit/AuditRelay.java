package ai.smartsuccess.skillslab.platform.audit;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A service's audit entries through its own {@link AuditOutbox}: written to {@code audit_outbox} in the transaction of
 * the action ({@link #add}), published to the {@value #CHANNEL} channel (topic {@code audit}, keyed by the entry's key, acknowledged by Kafka)
 * right after the commit ({@link #kick}) and every 2 s for whatever Kafka did not take.
 *
 * <p>A bean only in a service built with {@value #ENABLED}{@code =true}, which also declares the outgoing {@value #CHANNEL}
 * channel, has the scheduler and the Kafka connector, and creates the table (see task-service's
 * {@code V8__audit_outbox.sql}).
 */
@ApplicationScoped
@IfBuildProperty(name = AuditRelay.ENABLED, stringValue = "true")
public class AuditRelay {

    /** Build-time switch: this service keeps an audit outbox and relays it. */
    public static final String ENABLED = "skillslab.audit.relay.enabled";

    /**
     * The outgoing channel (its topic is {@code audit}). Not named {@code audit}: the gateway consumes a channel of that
     * name, and this class's injection point is seen there too (though the bean is not built), which would make the
     * gateway's channel both incoming and outgoing.
     */
    public static final String CHANNEL = "audit-relay";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final AuditOutbox outbox;

    /** {@code settings} is injected only so that the switch's key is a declared one (see {@link AuditRelaySettings}). */
    AuditRelay(
            ObjectMapper mapper,
            @Channel(AuditRelay.CHANNEL) MutinyEmitter<AuditRecorded> emitter,
            Vertx vertx,
            AuditRelaySettings settings) {
        this.outbox = new AuditOutbox(
                mapper,
                vertx,
                entry -> emitter.sendMessage(Message.of(entry)
                                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                        .withKey(entry.key())
                                        .build()))
                        .ifNoItem()
                        .after(SEND_TIMEOUT)
                        .fail());
    }

    /** Must run inside the transaction of the action. */
    public Uni<Void> add(AuditRecorded entry) {
        return outbox.add(entry);
    }

    /** After the commit: publishes soon. */
    public void kick() {
        outbox.kick();
    }

    // Delayed so that the first pass never runs before the Kafka channel is connected.
    @Scheduled(every = "2s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return outbox.tick();
    }
}

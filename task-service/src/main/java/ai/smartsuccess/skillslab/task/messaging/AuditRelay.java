package ai.smartsuccess.skillslab.task.messaging;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditOutbox;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * This service's audit entries (tasks published and deleted): written to {@code audit_outbox} in the transaction of
 * the action ({@link #add}), published to {@code audit} right after the commit ({@link #kick}) and on a timer for
 * whatever Kafka did not take (the platform's {@link AuditOutbox}).
 */
@ApplicationScoped
public class AuditRelay {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final AuditOutbox outbox;

    AuditRelay(ObjectMapper mapper, @Channel("audit") MutinyEmitter<AuditRecorded> emitter, Vertx vertx) {
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

package ai.smartsuccess.skillslab.sandbox.messaging;

import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import ai.smartsuccess.skillslab.sandbox.config.ActivityConfig;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository.Published;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository.Unsent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes the activity outbox on {@code sandbox-activity}, keyed by assessment id, and marks each row sent once the
 * broker has acknowledged it (acks=all, idempotent producer). It keeps no state of its own: after a crash the next
 * instance publishes whatever is unsent, and a row published but not yet marked is published again (assessment-service
 * takes each event id once). Runs on a timer and whenever something was recorded.
 */
@ApplicationScoped
public class ActivityRelay {

    private static final Logger LOG = Logger.getLogger(ActivityRelay.class);
    /** Sends awaiting their acknowledgement at once; the producer keeps them in order per partition. */
    private static final int IN_FLIGHT = 64;

    private final ActivityOutboxRepository outbox;
    private final MutinyEmitter<String> emitter;
    private final ActivityConfig.Relay config;
    private final DrainLoop loop;

    ActivityRelay(
            ActivityOutboxRepository outbox,
            @Channel("sandbox-activity") MutinyEmitter<String> emitter,
            ActivityConfig config) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config.relay();
        this.loop = new DrainLoop(
                () -> outbox.relayUnsent(this.config.batch(), this::publish),
                this.config.batch(),
                "activity relay",
                LOG);
    }

    // Delayed so that the first round never runs before the Kafka channel is connected.
    @Scheduled(
            every = "${skillslab.activity.relay.interval:1s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return drain();
    }

    @Scheduled(
            every = "${skillslab.activity.relay.purge-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deleteOldRows() {
        return DrainLoop.sweep(outbox.deleteSentBefore(config.sentRetention()), "published activity rows", LOG);
    }

    /** Publishes soon; never blocks the caller. */
    public void kick() {
        loop.kick();
    }

    /** Publishes until nothing is left; a call while a round runs asks for one more round. */
    public Uni<Void> drain() {
        return loop.drain();
    }

    private Uni<Published> publish(List<Unsent> rows) {
        List<Long> sent = new ArrayList<>(rows.size());
        List<Long> failed = new ArrayList<>();
        AtomicReference<String> error = new AtomicReference<>();
        return Multi.createFrom()
                .iterable(rows)
                .onItem()
                .transformToUni(row -> send(row)
                        .map(ignored -> {
                            synchronized (sent) {
                                sent.add(row.id());
                            }
                            return row;
                        })
                        .onFailure()
                        .recoverWithItem(e -> {
                            synchronized (sent) {
                                failed.add(row.id());
                            }
                            error.compareAndSet(null, abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()));
                            return row;
                        }))
                .merge(IN_FLIGHT)
                .collect()
                .last()
                .map(ignored -> {
                    if (!failed.isEmpty()) {
                        LOG.warnf(
                                "%d activity events not published, kept for the next round: %s",
                                failed.size(), error.get());
                    }
                    return new Published(sent, failed, error.get());
                });
    }

    private Uni<Void> send(Unsent row) {
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.assessmentId().toString())
                        .build());
        return Uni.createFrom()
                .deferred(() -> emitter.sendMessage(message))
                .ifNoItem()
                .after(config.sendTimeout())
                .fail();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}

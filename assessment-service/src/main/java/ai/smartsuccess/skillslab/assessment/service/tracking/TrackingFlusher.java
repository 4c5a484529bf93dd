package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import ai.smartsuccess.skillslab.assessment.repository.TrackingObjectRepository;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Moves buffered tracking events from Redis to S3: on a timer (so that no event waits in Redis more than a minute), as
 * soon as a buffer grows past the threshold, and completely at submit. Each batch becomes one NDJSON object recorded in
 * {@code tracking_objects}; see {@link TrackingBuffer} for why a flusher killed half-way loses nothing.
 */
@ApplicationScoped
public class TrackingFlusher {

    private static final Logger LOG = Logger.getLogger(TrackingFlusher.class);
    private static final long LOCK_MILLIS = 120_000;
    private static final Duration FINAL_LOCK_WAIT = Duration.ofSeconds(60);

    private final TrackingBuffer buffer;
    private final TrackingObjectStorage storage;
    private final TrackingObjectRepository objects;
    private final Vertx vertx;
    private final Set<UUID> scheduled = ConcurrentHashMap.newKeySet();
    private final int threshold;

    TrackingFlusher(
            TrackingBuffer buffer,
            TrackingObjectStorage storage,
            TrackingObjectRepository objects,
            Vertx vertx,
            AssessmentConfig config) {
        this.threshold = config.tracking().flushThreshold();
        this.buffer = buffer;
        this.storage = storage;
        this.objects = objects;
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${skillslab.tracking.flush-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> flushAll() {
        return buffer.dirty()
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUni(id -> OnContext.fresh(vertx, () -> flushIfFree(id, 1))
                        .onFailure()
                        .invoke(e -> LOG.warnf("flushing tracking of %s failed: %s", id, e.toString()))
                        .onFailure()
                        .recoverWithItem((Void) null))
                .merge(4)
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * Flushes one session soon, off the request that noticed its buffer was long. Under load that notice can be stale
     * (another flush took the buffer meanwhile), so the take itself checks the length again.
     */
    public void flushSoon(UUID assessmentId) {
        if (!scheduled.add(assessmentId)) {
            return;
        }
        OnContext.fresh(vertx, () -> flushIfFree(assessmentId, threshold))
                .eventually(() -> scheduled.remove(assessmentId))
                .subscribe()
                .with(x -> {}, e -> LOG.warnf("flushing tracking of %s failed: %s", assessmentId, e.toString()));
    }

    /**
     * Flushes everything buffered for a session that no longer accepts events, and returns its objects in order: the
     * complete tracking record of the session.
     */
    public Uni<List<TrackingObject>> flushFinal(UUID assessmentId) {
        Executor here = OnContext.current();
        String token = UUID.randomUUID().toString();
        return lockWithin(assessmentId, token, System.nanoTime() + FINAL_LOCK_WAIT.toNanos())
                .emitOn(here)
                .flatMap(ignored -> drain(assessmentId).eventually(() -> buffer.unlock(assessmentId, token)))
                .emitOn(here)
                .flatMap(ignored -> Panache.withSession(() -> objects.inOrder(assessmentId)));
    }

    /**
     * Writes what is buffered now as one object. A session that keeps sending is not chased: what arrives meanwhile
     * waits for the next tick or threshold, so objects stay large. Skips a session another flusher is working on.
     */
    Uni<Void> flushIfFree(UUID assessmentId, int minEvents) {
        String token = UUID.randomUUID().toString();
        Executor here = OnContext.current();
        return buffer.tryLock(assessmentId, token, LOCK_MILLIS)
                .emitOn(here)
                .flatMap(locked -> locked
                        ? flushOneBatch(assessmentId, minEvents)
                                .replaceWithVoid()
                                .eventually(() -> buffer.unlock(assessmentId, token))
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> lockWithin(UUID assessmentId, String token, long deadlineNanos) {
        return buffer.tryLock(assessmentId, token, LOCK_MILLIS).flatMap(locked -> {
            if (locked) {
                return Uni.createFrom().voidItem();
            }
            if (System.nanoTime() > deadlineNanos) {
                return Uni.createFrom()
                        .failure(new IllegalStateException("tracking of " + assessmentId + " stays locked"));
            }
            return Uni.createFrom()
                    .voidItem()
                    .onItem()
                    .delayIt()
                    .by(Duration.ofMillis(100))
                    .flatMap(ignored -> lockWithin(assessmentId, token, deadlineNanos));
        });
    }

    /** Writes batch after batch until the buffer is empty. */
    private Uni<Void> drain(UUID assessmentId) {
        return flushOneBatch(assessmentId, 1)
                .flatMap(flushed ->
                        flushed ? drain(assessmentId) : Uni.createFrom().voidItem());
    }

    /** take → write the object → record it → ack. Returns false when there was nothing to flush. */
    Uni<Boolean> flushOneBatch(UUID assessmentId, int minEvents) {
        Executor here = OnContext.current();
        return Panache.withSession(() -> objects.lastSeq(assessmentId))
                .flatMap(lastSeq ->
                        buffer.take(assessmentId, lastSeq + 1, minEvents).emitOn(here))
                .flatMap(batch -> {
                    long seq = batch[0];
                    if (batch[1] == 0) {
                        return seq == 0
                                ? Uni.createFrom().item(false)
                                : buffer.ack(assessmentId, seq).emitOn(here).replaceWith(true);
                    }
                    String key = TrackingObjectStorage.key(assessmentId, seq);
                    return buffer.pendingBatch(assessmentId)
                            .emitOn(here)
                            .flatMap(pending -> storage.put(key, pending.ndjson())
                                    .flatMap(ignored -> Panache.withTransaction(() -> objects.record(
                                            assessmentId, (int) seq, storage.bucket(), key, pending.events()))))
                            .flatMap(ignored -> buffer.ack(assessmentId, seq))
                            .emitOn(here)
                            .replaceWith(true);
                });
    }
}

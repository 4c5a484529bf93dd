package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient;
import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingFlusher;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingRedactor;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Finishes the erasure of deleted accounts outside the database: for each of their assessments, the sandbox of a session
 * that was ended is destroyed, what its tracking buffer still held is flushed, and the tracking objects in S3 are
 * redacted; then the assessment is marked erased. An assessment still being scored waits for its score (so the score is
 * computed on what the candidate did), at most {@code skillslab.accounts.scoring-wait}. A step that fails (sandbox or
 * S3 down) is retried at the next scan; every step is repeatable.
 */
@ApplicationScoped
public class ErasureSweeper {

    private static final Logger LOG = Logger.getLogger(ErasureSweeper.class);
    static final int BATCH = 20;

    private final AssessmentRepository assessments;
    private final ChatMessageRepository chat;
    private final SandboxClient sandbox;
    private final TrackingService tracking;
    private final TrackingFlusher flusher;
    private final TrackingRedactor redactor;
    private final AssessmentConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    ErasureSweeper(
            AssessmentRepository assessments,
            ChatMessageRepository chat,
            SandboxClient sandbox,
            TrackingService tracking,
            TrackingFlusher flusher,
            TrackingRedactor redactor,
            AssessmentConfig config,
            Vertx vertx) {
        this.assessments = assessments;
        this.chat = chat;
        this.sandbox = sandbox;
        this.tracking = tracking;
        this.flusher = flusher;
        this.redactor = redactor;
        this.config = config;
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${skillslab.accounts.erasure-scan}",
            delayed = "4s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return sweep();
    }

    /** Proceeds soon (right after an account was erased in the database), on a fresh context. */
    public void kick() {
        OnContext.fresh(vertx, this::sweep).subscribe().with(x -> {}, e -> LOG.warn("erasure sweep failed", e));
    }

    /** One pass at a time; a call during a pass asks for one more pass. */
    Uni<Void> sweep() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().voidItem();
        }
        again.set(false);
        OffsetDateTime cutoff =
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.accounts().scoringWait());
        return Panache.withSession(() -> assessments.pendingErasure(cutoff, BATCH))
                .flatMap(this::eraseEach)
                .eventually(() -> running.set(false))
                .flatMap(ignored ->
                        again.getAndSet(false) ? sweep() : Uni.createFrom().voidItem());
    }

    private Uni<Void> eraseEach(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(id -> OnContext.fresh(vertx, () -> erase(id))
                        .onFailure()
                        .invoke(e -> LOG.warnf("erasing assessment %s failed, will retry: %s", id, e.toString()))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .last()
                .replaceWithVoid();
    }

    Uni<Void> erase(UUID id) {
        Executor here = OnContext.current();
        return Panache.withSession(() -> assessments.findById(id)).flatMap(a -> {
            if (a == null || a.personalDataErasedAt != null) {
                return Uni.createFrom().voidItem();
            }
            boolean ended = endedByErasure(a);
            Uni<Void> sandboxGone = ended && (a.sandboxId != null || a.startClaimedAt != null)
                    ? sandbox.destroy(id).emitOn(here)
                    : Uni.createFrom().voidItem();
            // A session that was running still had events in its buffer: they go to S3 first, to be redacted there.
            Uni<Void> flushed = ended && a.startedAt != null
                    ? tracking.seal(id, a.userId)
                            .emitOn(here)
                            .flatMap(ignored -> flusher.flushFinal(id))
                            .replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return sandboxGone
                    .flatMap(ignored -> flushed)
                    .flatMap(ignored -> redactor.redact(id))
                    .emitOn(here)
                    .flatMap(rewritten ->
                            Panache.withTransaction(() -> chat.redactForAssessment(id, PersonalData.REMOVED)
                                    .flatMap(ignored -> assessments.findById(id))
                                    .invoke(fresh -> {
                                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                                        fresh.personalDataErasedAt = now;
                                        fresh.updatedAt = now;
                                    })))
                    .replaceWithVoid();
        });
    }

    static boolean endedByErasure(Assessment a) {
        return a.is(AssessmentStatus.FAILED) && PersonalData.SESSION_ENDED.equals(a.failureReason);
    }
}

package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.platform.audit.AuditRelay;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.scoring.config.ScoringConfig;
import ai.smartsuccess.skillslab.scoring.messaging.ScoreResultPublisher;
import ai.smartsuccess.skillslab.scoring.model.ScoringRun;
import ai.smartsuccess.skillslab.scoring.repository.ScoringRunRepository;
import ai.smartsuccess.skillslab.scoring.service.input.ScoringInputLoader;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Owns a scoring run from a submitted event (or an admin re-score) to its published result: idempotent per
 * (assessment, scoring version), retries transient failures with backoff, and always ends in a ScoreComputed or a
 * ScoringFailed so that no assessment is left in "scoring". The result is stored before it is published, so a
 * redelivery after a crash republishes the same report instead of computing a second one.
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    AuditRelay auditRelay;

    private static final Logger LOG = Logger.getLogger(ScoringService.class);
    static final String GENERIC_FAILURE =
            "Scoring stopped on an internal error; an administrator can re-score this assessment.";

    private final ScoringRunRepository runs;
    private final ScoringInputLoader loader;
    private final ScoringEngine engine;
    private final ScoreResultPublisher publisher;
    private final ScoringConfig config;
    private final MeterRegistry metrics;

    ScoringService(
            ScoringRunRepository runs,
            ScoringInputLoader loader,
            ScoringEngine engine,
            ScoreResultPublisher publisher,
            ScoringConfig config,
            MeterRegistry metrics) {
        this.runs = runs;
        this.loader = loader;
        this.engine = engine;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /** What a consumer should do with a submitted event. Fails (so the message goes to the DLQ) when scoring gave up. */
    @WithSpan("scoring.score")
    public Uni<Void> onSubmitted(AssessmentSubmitted event) {
        Span.current()
                .setAttribute("skillslab.assessment.id", String.valueOf(event.assessmentId()))
                .setAttribute(
                        "skillslab.task.id",
                        event.task() == null ? "" : String.valueOf(event.task().id()))
                .setAttribute("skillslab.scoring.version", ScoringEngine.SCORING_VERSION);
        if (event.assessmentId() == null) {
            return Uni.createFrom().failure(new ScoringRejectedException("the event has no assessment id"));
        }
        if (event.schemaVersion() > AssessmentSubmitted.SCHEMA_VERSION) {
            String reason = "The submission uses event schema version " + event.schemaVersion()
                    + ", which this scoring service does not know.";
            return publishFailure(event.assessmentId(), userId(event), reason)
                    .chain(() -> Uni.createFrom().failure(new ScoringRejectedException(reason)));
        }
        return Panache.withTransaction(() -> runs.findEventRun(event.assessmentId(), ScoringEngine.SCORING_VERSION)
                        .chain(existing -> existing == null
                                ? startRun(event, ScoringRun.ORIGIN_EVENT)
                                : Uni.createFrom().item(existing)))
                .onFailure(ScoringService::duplicateKey)
                .recoverWithUni(() -> Panache.withSession(
                        () -> runs.findEventRun(event.assessmentId(), ScoringEngine.SCORING_VERSION)))
                .chain(run -> {
                    if (run.published) {
                        metrics.counter("scoring.runs", "outcome", "duplicate").increment();
                        LOG.debugf("assessment %s already scored with %s", event.assessmentId(), run.scoringVersion);
                        return Uni.createFrom().voidItem();
                    }
                    if (ScoringRun.STATUS_SCORED.equals(run.status)) {
                        return republish(run);
                    }
                    if (ScoringRun.STATUS_FAILED.equals(run.status)) {
                        return publishFailure(event.assessmentId(), userId(event), run.failureReason)
                                .chain(() -> markPublished(run.id))
                                .chain(() -> Uni.createFrom().failure(new ScoringRejectedException(run.failureReason)));
                    }
                    return score(event, run.id, true);
                });
    }

    /** Re-scores an assessment with the current version from its stored input; publishes only a success. */
    @WithSpan("scoring.rescore")
    public Uni<ScoringRun> rescore(@SpanAttribute("skillslab.assessment.id") UUID assessmentId) {
        return rescore(assessmentId, null);
    }

    /**
     * Re-scores as {@link #rescore(UUID)}, recording {@code requested} (an administrator's request; null for the runs
     * of a job, whose start is recorded) in the audit trail with the run it started.
     */
    public Uni<ScoringRun> rescore(UUID assessmentId, AuditRecorded requested) {
        Uni<ScoringRun> run = Panache.withTransaction(() -> runs.findLatest(assessmentId)
                        .chain(latest -> {
                            if (latest == null) {
                                return Uni.createFrom()
                                        .failure(new NotFoundException(
                                                "No submission of assessment " + assessmentId + " was received."));
                            }
                            AssessmentSubmitted event = input(latest);
                            return startRun(event, ScoringRun.ORIGIN_RESCORE)
                                    .call(started -> requested == null
                                            ? Uni.createFrom().voidItem()
                                            : auditRelay.add(
                                                    requested.withDetails(Map.of("runId", started.id.toString()))))
                                    .map(started -> new Object[] {event, started.id});
                        }))
                .invoke(ignored -> {
                    if (requested != null) {
                        auditRelay.kick();
                    }
                })
                .chain(pair -> score((AssessmentSubmitted) pair[0], (UUID) pair[1], false)
                        .replaceWith((UUID) pair[1]))
                .chain(id -> Panache.withSession(() -> runs.findById(id)));
        return run;
    }

    public Uni<List<ScoringRun>> runsOf(UUID assessmentId) {
        return Panache.withSession(() -> runs.listFor(assessmentId));
    }

    /** Publishes a ScoringFailed (used too for submissions that could not even be read). */
    public Uni<Void> publishFailure(UUID assessmentId, String userId, String reason) {
        metrics.counter("scoring.runs", "outcome", "failed").increment();
        return publisher.publish(ScoringFailed.of(assessmentId, userId, ScoringEngine.SCORING_VERSION, reason));
    }

    private Uni<Void> score(AssessmentSubmitted event, UUID runId, boolean publishFailures) {
        AtomicInteger attempts = new AtomicInteger();
        long started = System.nanoTime();
        int maxAttempts = Math.max(1, config.retry().maxAttempts());
        Uni<ScoreReport> computed = OnContext.blocking(() -> {
                    attempts.incrementAndGet();
                    return engine.score(loader.load(event));
                })
                .onFailure(TransientScoringException.class)
                .retry()
                .withBackOff(config.retry().initialBackoff(), config.retry().maxBackoff())
                .atMost(maxAttempts - 1L);
        Uni<Void> success = computed.chain(report -> {
            ScoreComputed result = ScoreComputedMapper.toEvent(event, runId, report);
            return storeResult(runId, result, attempts.get())
                    .chain(() -> publisher.publish(result))
                    .chain(() -> markPublished(runId))
                    .invoke(() -> {
                        metrics.counter("scoring.runs", "outcome", "scored").increment();
                        metrics.timer("scoring.duration")
                                .record(java.time.Duration.ofNanos(System.nanoTime() - started));
                    });
        });
        return success.onFailure().recoverWithUni(failure -> {
            String reason = reason(failure);
            LOG.errorf(
                    failure, "scoring assessment %s failed after %d attempt(s)", event.assessmentId(), attempts.get());
            Uni<Void> recorded = storeFailure(runId, reason, attempts.get())
                    .onFailure()
                    .invoke(e -> LOG.warnf("could not record the failure of run %s: %s", runId, e.getMessage()))
                    .onFailure()
                    .recoverWithNull()
                    .replaceWithVoid();
            if (!publishFailures) {
                return recorded.chain(() -> Uni.createFrom().failure(new ScoringRejectedException(reason)));
            }
            return recorded.chain(() -> publishFailure(event.assessmentId(), userId(event), reason))
                    .chain(() ->
                            markPublished(runId).onFailure().recoverWithNull().replaceWithVoid())
                    .chain(() -> Uni.createFrom().failure(new ScoringRejectedException(reason)));
        });
    }

    private Uni<ScoringRun> startRun(AssessmentSubmitted event, String origin) {
        ScoringRun run = new ScoringRun();
        run.id = UUID.randomUUID();
        run.assessmentId = event.assessmentId();
        run.scoringVersion = ScoringEngine.SCORING_VERSION;
        run.origin = origin;
        run.sourceEventId = event.eventId();
        run.status = ScoringRun.STATUS_SCORING;
        run.inputEvent = SubmissionParser.MAPPER.valueToTree(withoutContactDetails(event));
        run.createdAt = now();
        run.updatedAt = run.createdAt;
        return runs.persistAndFlush(run);
    }

    /**
     * What is stored of a submission: everything scoring reads, without the candidate's email, name and closing notes
     * (scoring reads none of them; the notes it scores are the tracking record's). The candidate's id stays: the
     * published score names it, and an erasure finds the runs by it.
     */
    static AssessmentSubmitted withoutContactDetails(AssessmentSubmitted e) {
        AssessmentSubmitted.Candidate candidate = e.candidate() == null
                ? null
                : new AssessmentSubmitted.Candidate(
                        e.candidate().userId(), null, null, e.candidate().userType());
        return new AssessmentSubmitted(
                e.eventId(),
                e.type(),
                e.schemaVersion(),
                e.occurredAt(),
                e.assessmentId(),
                e.attemptNumber(),
                e.invitationId(),
                candidate,
                e.task(),
                e.evaluationConfig(),
                e.trackingObjects(),
                e.finalFiles(),
                e.starterFiles(),
                e.hiddenTests(),
                e.startedAt(),
                e.submittedAt(),
                e.timeSpentSeconds(),
                e.autoSubmitted(),
                null);
    }

    private Uni<Void> storeResult(UUID runId, ScoreComputed result, int attempts) {
        return Panache.withTransaction(() -> runs.markScored(
                        runId,
                        SubmissionParser.MAPPER.valueToTree(result),
                        BigDecimal.valueOf(result.finalScore()),
                        result.proficiencyLevel(),
                        String.join(",", result.scoringModels()),
                        attempts,
                        now()))
                .invoke(changed -> requireRun(runId, changed))
                .replaceWithVoid();
    }

    private Uni<Void> storeFailure(UUID runId, String reason, int attempts) {
        return Panache.withTransaction(() -> runs.markFailed(runId, reason, attempts, now()))
                .invoke(changed -> requireRun(runId, changed))
                .replaceWithVoid();
    }

    private Uni<Void> markPublished(UUID runId) {
        return Panache.withTransaction(() -> runs.markPublished(runId, now()))
                .invoke(changed -> requireRun(runId, changed))
                .replaceWithVoid();
    }

    private static void requireRun(UUID runId, int changed) {
        if (changed != 1) {
            throw new IllegalStateException("scoring run " + runId + " is gone");
        }
    }

    private Uni<Void> republish(ScoringRun run) {
        try {
            ScoreComputed stored = SubmissionParser.MAPPER.treeToValue(run.result, ScoreComputed.class);
            return publisher.publish(stored).chain(() -> markPublished(run.id));
        } catch (JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new IllegalStateException("stored result of run " + run.id + " is unreadable", e));
        }
    }

    private static AssessmentSubmitted input(ScoringRun run) {
        try {
            return SubmissionParser.MAPPER.treeToValue(run.inputEvent, AssessmentSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new ScoringRejectedException("The stored submission of this assessment cannot be read.");
        }
    }

    static String reason(Throwable failure) {
        if (failure instanceof ScoringRejectedException) {
            return failure.getMessage();
        }
        if (failure instanceof TransientScoringException) {
            return "Scoring could not complete because a dependency was unavailable (" + failure.getMessage()
                    + "); an administrator can re-score this assessment.";
        }
        return GENERIC_FAILURE;
    }

    private static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("ux_scoring_runs_event_version")) {
                return true;
            }
        }
        return false;
    }

    private static String userId(AssessmentSubmitted event) {
        return event.candidate() == null ? null : event.candidate().userId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

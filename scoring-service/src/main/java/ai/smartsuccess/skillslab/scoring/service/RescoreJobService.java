package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditRelay;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.scoring.config.RescoreConfig;
import ai.smartsuccess.skillslab.scoring.model.RescoreJob;
import ai.smartsuccess.skillslab.scoring.model.RescoreJobStatus;
import ai.smartsuccess.skillslab.scoring.repository.RescoreJobRepository;
import ai.smartsuccess.skillslab.scoring.repository.ScoringRunRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Bulk re-scores: a job selects the assessments whose latest stored submission is of a task (or all of them) and
 * re-scores each through {@link ScoringService#rescore}, a few at a time so that new submissions keep being scored.
 * Each re-score is a new scoring run next to the earlier ones and publishes its ScoreComputed; a failed one is counted
 * and leaves the earlier score alone.
 *
 * <p>The job is a row with its progress. Its instance renews a heartbeat while it runs; a job without one for {@code
 * stale-after} (its instance stopped) is marked {@code interrupted} by any instance, at start-up and periodically,
 * and an instance that shuts down marks its own jobs interrupted at once. Interrupted jobs are not resumed: an
 * administrator starts the scope again.
 */
@ApplicationScoped
public class RescoreJobService {

    @Inject
    AuditRelay auditRelay;

    private static final Logger LOG = Logger.getLogger(RescoreJobService.class);

    private final RescoreJobRepository jobs;
    private final ScoringRunRepository runs;
    private final ScoringService scoring;
    private final RescoreConfig config;
    private final Vertx vertx;
    /** The jobs this instance runs, each with its stop flag. */
    private final Map<UUID, AtomicBoolean> active = new ConcurrentHashMap<>();

    private volatile long timer = -1;

    RescoreJobService(
            RescoreJobRepository jobs,
            ScoringRunRepository runs,
            ScoringService scoring,
            RescoreConfig config,
            Vertx vertx) {
        this.jobs = jobs;
        this.runs = runs;
        this.scoring = scoring;
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * Starts a job for one task's assessments ({@code taskId}) or all of them ({@code all} true): exactly one of the
     * two. The answer is the job as started; the re-scores run in the background.
     */
    public Uni<RescoreJob> start(UUID taskId, Boolean all, String requestedBy) {
        return start(taskId, all, requestedBy, null);
    }

    /** Starts a job as {@link #start(UUID, Boolean, String)}, recording {@code requested} with it in the audit trail. */
    public Uni<RescoreJob> start(UUID taskId, Boolean all, String requestedBy, AuditRecorded requested) {
        boolean everything = Boolean.TRUE.equals(all);
        if (everything && taskId != null) {
            return Uni.createFrom()
                    .failure(new InvalidRequestException("all", "cannot be combined with taskId: give one of them"));
        }
        if (!everything && taskId == null) {
            return Uni.createFrom().failure(new InvalidRequestException("taskId", "is required unless all is true"));
        }
        String scopeKey = RescoreJob.scopeKey(taskId);
        OffsetDateTime now = now();
        return Panache.withTransaction(() -> jobs.interruptStale(now.minus(config.staleAfter()), now)
                        .chain(() -> jobs.findRunning(scopeKey))
                        .chain(running -> {
                            if (running != null) {
                                return Uni.createFrom().<Started>failure(alreadyRunning(running.id));
                            }
                            return runs.assessmentsOfTask(taskId)
                                    .chain(ids -> jobs.persistAndFlush(newJob(taskId, ids.size(), requestedBy, now))
                                            .call(job -> requested == null
                                                    ? Uni.createFrom().voidItem()
                                                    : auditRelay.add(requested.withDetails(Map.of(
                                                            "jobId", job.id.toString(),
                                                            "scope", job.scope,
                                                            "assessments", Integer.toString(ids.size())))))
                                            .map(job -> new Started(job, ids)));
                        }))
                .onFailure(RescoreJobService::runningIndexViolated)
                .recoverWithUni(() -> Panache.withSession(() -> jobs.findRunning(scopeKey))
                        .chain(running ->
                                Uni.createFrom().<Started>failure(alreadyRunning(running == null ? null : running.id))))
                .invoke(started -> {
                    if (requested != null) {
                        auditRelay.kick();
                    }
                    if (started.job().status == RescoreJobStatus.RUNNING) {
                        launch(started.job(), started.assessments());
                    }
                })
                .map(Started::job);
    }

    public Uni<RescoreJob> get(UUID jobId) {
        return Panache.withSession(() -> jobs.findById(jobId))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No re-score job " + jobId + " exists."));
    }

    /** Newest first, at most {@code list-limit}. */
    public Uni<List<RescoreJob>> list() {
        return Panache.withSession(() -> jobs.newest(config.listLimit()));
    }

    /**
     * Stops a running job: the assessments it has not started are left as they are, those under way finish. A job
     * that already ended is answered as it is.
     */
    public Uni<RescoreJob> interrupt(UUID jobId) {
        return get(jobId)
                .chain(() -> Panache.withTransaction(() -> jobs.end(jobId, RescoreJobStatus.INTERRUPTED, now())))
                .invoke(() -> stop(jobId))
                .chain(() -> get(jobId));
    }

    void onStart(@Observes StartupEvent event) {
        long interval = Math.max(1000, config.heartbeatInterval().toMillis());
        timer = vertx.setPeriodic(1000, interval, ignored -> tick());
    }

    /** Before the connectors and the database close: this instance's jobs stop and are marked interrupted. */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        List<UUID> mine = List.copyOf(active.keySet());
        mine.forEach(this::stop);
        for (UUID jobId : mine) {
            try {
                OnContext.fresh(
                                vertx,
                                () -> Panache.withTransaction(
                                        () -> jobs.end(jobId, RescoreJobStatus.INTERRUPTED, now())))
                        .await()
                        .atMost(Duration.ofSeconds(5));
                LOG.infof("re-score job %s interrupted by shutdown", jobId);
            } catch (RuntimeException e) {
                LOG.warnf("could not mark re-score job %s interrupted: %s", jobId, e.getMessage());
            }
        }
    }

    private void launch(RescoreJob job, List<UUID> assessments) {
        AtomicBoolean stopped = new AtomicBoolean();
        active.put(job.id, stopped);
        LOG.infof(
                "re-score job %s (%s) started: %d assessment(s) with scoring %s",
                job.id, job.scopeKey, assessments.size(), job.scoringVersion);
        Multi.createFrom()
                .iterable(assessments)
                .onItem()
                .transformToUni(assessmentId ->
                        stopped.get() ? Uni.createFrom().item(Boolean.FALSE) : rescoreOne(job.id, assessmentId))
                .merge(Math.max(1, config.concurrency()))
                .collect()
                .last()
                .chain(() -> OnContext.fresh(
                        vertx,
                        () -> Panache.withTransaction(() -> jobs.end(
                                job.id,
                                stopped.get() ? RescoreJobStatus.INTERRUPTED : RescoreJobStatus.FINISHED,
                                now()))))
                .eventually(() -> active.remove(job.id))
                .subscribe()
                .with(
                        ignored -> LOG.infof("re-score job %s ended", job.id),
                        failure -> LOG.errorf(failure, "re-score job %s could not record its end", job.id));
    }

    /** Answers whether the assessment was re-scored; a failure is counted, never passed on. */
    private Uni<Boolean> rescoreOne(UUID jobId, UUID assessmentId) {
        return OnContext.fresh(vertx, () -> scoring.rescore(assessmentId))
                .map(run -> true)
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "re-score job %s: assessment %s keeps its earlier score (%s)",
                            jobId, assessmentId, failure.getMessage());
                    return false;
                })
                .chain(ok -> OnContext.fresh(
                                vertx,
                                () -> Panache.withTransaction(
                                        () -> jobs.addProgress(jobId, ok ? 1 : 0, ok ? 0 : 1, now())))
                        .onFailure()
                        .invoke(failure -> LOG.warnf(
                                "re-score job %s: progress of %s not recorded: %s",
                                jobId, assessmentId, failure.getMessage()))
                        .onFailure()
                        .recoverWithNull()
                        .replaceWith(ok));
    }

    /** Renews this instance's heartbeats, interrupts jobs whose instance went silent, stops jobs ended elsewhere. */
    private void tick() {
        OffsetDateTime now = now();
        List<UUID> mine = List.copyOf(active.keySet());
        OnContext.fresh(
                        vertx,
                        () -> Panache.withTransaction(() -> jobs.heartbeat(mine, now)
                                .chain(() -> jobs.interruptStale(now.minus(config.staleAfter()), now))
                                .invoke(interrupted -> {
                                    if (interrupted > 0) {
                                        LOG.warnf(
                                                "%d re-score job(s) without a heartbeat marked interrupted",
                                                interrupted);
                                    }
                                })
                                .chain(() -> jobs.endedAmong(mine))))
                .subscribe()
                .with(
                        ended -> ended.forEach(this::stop),
                        failure -> LOG.warnf("re-score heartbeat failed: %s", failure.getMessage()));
    }

    private void stop(UUID jobId) {
        AtomicBoolean flag = active.get(jobId);
        if (flag != null) {
            flag.set(true);
        }
    }

    private static RescoreJob newJob(UUID taskId, int total, String requestedBy, OffsetDateTime now) {
        RescoreJob job = new RescoreJob();
        job.id = UUID.randomUUID();
        job.scope = taskId == null ? RescoreJob.SCOPE_ALL : RescoreJob.SCOPE_TASK;
        job.taskId = taskId;
        job.scopeKey = RescoreJob.scopeKey(taskId);
        job.scoringVersion = ScoringEngine.SCORING_VERSION;
        job.total = total;
        job.requestedBy = requestedBy;
        job.createdAt = now;
        job.heartbeatAt = now;
        // Nothing to re-score: the job is finished as it starts.
        job.status = total == 0 ? RescoreJobStatus.FINISHED : RescoreJobStatus.RUNNING;
        job.finishedAt = total == 0 ? now : null;
        return job;
    }

    private static ConflictException alreadyRunning(UUID runningJobId) {
        return new ConflictException(
                "rescore-running",
                "A re-score job of this scope is running"
                        + (runningJobId == null ? "" : " (" + runningJobId + ")")
                        + "; wait for it to finish or interrupt it.",
                runningJobId == null ? Map.of() : Map.of("jobId", runningJobId));
    }

    private static boolean runningIndexViolated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("ux_rescore_jobs_running_scope")) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private record Started(RescoreJob job, List<UUID> assessments) {}
}

package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The server's own clock for sessions: submits every session whose deadline has passed, whether or not a browser is
 * still open, and completes submissions that an outage interrupted.
 */
@ApplicationScoped
public class DeadlineWatcher {

    private static final Logger LOG = Logger.getLogger(DeadlineWatcher.class);
    private static final int BATCH = 20;
    /** A claimed submission still running after this long was interrupted; it is resumed. */
    private static final Duration STALLED_AFTER = Duration.ofMinutes(2);

    private final AssessmentRepository assessments;
    private final SubmissionService submissions;
    private final Vertx vertx;

    DeadlineWatcher(AssessmentRepository assessments, SubmissionService submissions, Vertx vertx) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${skillslab.sessions.deadline-scan}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scan() {
        OffsetDateTime now = OffsetDateTime.now();
        return Panache.withSession(() -> assessments
                        .dueForAutoSubmit(now, BATCH)
                        .flatMap(due -> assessments
                                .stalledSubmissions(now.minus(STALLED_AFTER), BATCH)
                                .map(stalled -> new Work(due, stalled))))
                .flatMap(work -> each(work.due(), submissions::autoSubmit, "auto-submit")
                        .flatMap(ignored -> each(
                                work.stalled(), id -> submissions.resume(id).replaceWithVoid(), "resume")));
    }

    /** One by one, each on its own context (its own session); a failure is logged and retried at the next scan. */
    private Uni<Void> each(List<UUID> ids, java.util.function.Function<UUID, Uni<Void>> action, String what) {
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(id -> OnContext.fresh(vertx, () -> action.apply(id))
                        .onFailure()
                        .invoke(e -> LOG.warnf("%s of %s failed, will retry: %s", what, id, e.toString()))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .last()
                .replaceWithVoid();
    }

    private record Work(List<UUID> due, List<UUID> stalled) {}
}

package ai.smartsuccess.skillslab.task;

import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.platform.test.Channels;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import ai.smartsuccess.skillslab.task.repository.TaskAssessmentRepository;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * assessment-service's side of the assessment count, as it reaches this service: AssessmentStarted on the test lifecycle
 * topic. Tests wait until the service has counted what they published.
 */
final class AssessmentEvents {

    static final String LIFECYCLE = "test.assessment-lifecycle";

    private AssessmentEvents() {}

    /** Publishes a started assessment of the task for each of {@code count}, and waits until all are counted. */
    static void started(UUID taskId, int count) {
        Channels.awaitAssigned("assessment-lifecycle");
        long before = counted(taskId);
        try (TopicWriter events = new TopicWriter()) {
            for (int i = 0; i < count; i++) {
                events.send(LIFECYCLE, startedOf(taskId, UUID.randomUUID()));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> counted(taskId) == before + count);
    }

    static AssessmentStarted startedOf(UUID taskId, UUID assessmentId) {
        Instant now = Instant.now();
        return AssessmentStarted.of(assessmentId, taskId, "candidate-" + assessmentId, now, now.plusSeconds(3600));
    }

    /** How many assessments of the task the service has counted. */
    static long counted(UUID taskId) {
        return inSession(() -> repository().countByTask(taskId));
    }

    /** Forgets the task's assessments, so that a test can remove the task it archived. */
    static void forget(UUID taskId) {
        inSession(() -> Panache.withTransaction(() -> repository().delete("taskId", taskId)));
    }

    private static TaskAssessmentRepository repository() {
        return Arc.container().instance(TaskAssessmentRepository.class).get();
    }

    private static <T> T inSession(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

package ai.smartsuccess.skillslab.task.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.task.service.AssessmentCounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts each started assessment for its task ({@link AssessmentCounts}); other lifecycle events arrive as null and
 * are skipped. Idempotent by assessment id. A record that cannot be read never gets here, and one whose recording still
 * fails after a few attempts goes to {@code assessment-lifecycle.dlq}.
 */
@ApplicationScoped
public class AssessmentLifecycleConsumer {

    static final int ATTEMPTS = 3;

    private final AssessmentCounts assessments;

    AssessmentLifecycleConsumer(AssessmentCounts assessments) {
        this.assessments = assessments;
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> consume(AssessmentLifecycleEvent event) {
        if (!(event instanceof AssessmentStarted started)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .deferred(() -> assessments.record(started.assessmentId(), started.taskId(), started.eventId()))
                .onFailure()
                .retry()
                .atMost(ATTEMPTS - 1)
                .replaceWithVoid();
    }
}

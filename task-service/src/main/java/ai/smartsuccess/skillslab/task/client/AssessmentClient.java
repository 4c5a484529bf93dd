package ai.smartsuccess.skillslab.task.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls to assessment-service, bounded in time and retried a little; a failing peer opens the circuit. */
@ApplicationScoped
public class AssessmentClient {

    private final AssessmentServiceApi api;

    AssessmentClient(@RestClient AssessmentServiceApi api) {
        this.api = api;
    }

    /** The number of assessments that refer to the task; fails when assessment-service cannot say. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Long> assessmentCount(UUID taskId) {
        return api.assessmentCount(taskId).map(answer -> {
            if (answer == null || answer.count() == null || answer.count() < 0) {
                throw new IllegalStateException("assessment-service answered without a count");
            }
            return answer.count();
        });
    }
}

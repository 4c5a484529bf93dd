package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.assessment.service.Caller;
import ai.smartsuccess.skillslab.assessment.service.NotFoundException;
import ai.smartsuccess.skillslab.assessment.service.UpstreamException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads a task as the caller sees it; task-service answers 404 for a task the caller may not take. */
@ApplicationScoped
public class TaskClient {

    private final TaskServiceApi api;

    TaskClient(@RestClient TaskServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = NotFoundException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000, skipOn = NotFoundException.class)
    @CircuitBreakerName("task-service")
    public Uni<TaskDetailResponse> taskFor(Caller caller, UUID taskId) {
        return api.get(taskId, caller.bearer())
                .onFailure(WebApplicationException.class)
                .transform(e -> {
                    int status = ((WebApplicationException) e).getResponse().getStatus();
                    if (status == 404 || status == 403) {
                        return new NotFoundException("Task " + taskId + " was not found");
                    }
                    return new UpstreamException(
                            "task-service-unavailable", "The task catalogue did not answer; try again.");
                });
    }
}

package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads tasks from task-service: as the caller sees them (task-service answers 404 for a task the caller may not take),
 * or with this service's own token where this service decides who may (invitations).
 *
 * <p>Reads are retried; an open circuit is not (it would only wait to fail again). Whatever fails reaches the caller as
 * {@code task-service-unavailable} (502, or 504 on a timeout).
 */
@ApplicationScoped
public class TaskClient {

    private static final String UNAVAILABLE = "task-service-unavailable";
    private static final String UNAVAILABLE_DETAIL = "The task catalogue did not answer; try again.";

    private final TaskServiceApi api;
    private final TaskInternalApi internal;

    TaskClient(@RestClient TaskServiceApi api, @RestClient TaskInternalApi internal) {
        this.api = api;
        this.internal = internal;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 200,
            abortOn = {NotFoundException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000, skipOn = NotFoundException.class)
    @CircuitBreakerName("task-service")
    @Fallback(fallbackMethod = "taskForFailed", skipOn = ApiException.class)
    public Uni<TaskDetailResponse> taskFor(Caller caller, UUID taskId) {
        return api.get(taskId, caller.bearer())
                .onFailure(WebApplicationException.class)
                .transform(e -> mapped(taskId, e));
    }

    /**
     * Any task, whoever may see it: the caller's rights are checked by this service (the sender of an invitation must
     * be the task's creator; its recipient may take the task even while task-service does not show it to them yet).
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 200,
            abortOn = {NotFoundException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000, skipOn = NotFoundException.class)
    @CircuitBreakerName("task-service-internal")
    @Fallback(fallbackMethod = "anyTaskFailed", skipOn = ApiException.class)
    public Uni<TaskDetailResponse> anyTask(UUID taskId) {
        return internal.get(taskId).onFailure(WebApplicationException.class).transform(e -> mapped(taskId, e));
    }

    private Uni<TaskDetailResponse> taskForFailed(Caller caller, UUID taskId, Throwable failure) {
        return Uni.createFrom().failure(UpstreamFailures.of(UNAVAILABLE, UNAVAILABLE_DETAIL, failure));
    }

    private Uni<TaskDetailResponse> anyTaskFailed(UUID taskId, Throwable failure) {
        return Uni.createFrom().failure(UpstreamFailures.of(UNAVAILABLE, UNAVAILABLE_DETAIL, failure));
    }

    private static RuntimeException mapped(UUID taskId, Throwable e) {
        int status = ((WebApplicationException) e).getResponse().getStatus();
        if (status == 404 || status == 403) {
            return new NotFoundException("Task " + taskId + " was not found");
        }
        return new UpstreamException(UNAVAILABLE, UNAVAILABLE_DETAIL);
    }
}

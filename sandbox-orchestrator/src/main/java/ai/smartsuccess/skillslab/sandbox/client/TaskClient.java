package ai.smartsuccess.skillslab.sandbox.client;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
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
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fetches task bundles: a missing task is the caller's mistake (404), anything else task-service's (502).
 *
 * <p>Transient failures (no connection, a 5xx) are retried with a growing delay; a refusal (4xx), a timeout and an open
 * circuit are not. An open circuit answers at once, as task-service's failure.
 */
@ApplicationScoped
public class TaskClient {

    private final TaskServiceApi api;

    TaskClient(@RestClient TaskServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            abortOn = {
                NotFoundException.class,
                UpstreamException.class,
                TimeoutException.class,
                CircuitBreakerOpenException.class
            })
    @ExponentialBackoff(maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000, skipOn = NotFoundException.class)
    @CircuitBreakerName("task-service")
    @Fallback(fallbackMethod = "fetchFailed", skipOn = ApiException.class)
    public Uni<TaskBundle> fetch(UUID taskId) {
        return api.bundle(taskId).onFailure(WebApplicationException.class).transform(e -> refused(taskId, e));
    }

    private Uni<TaskBundle> fetchFailed(UUID taskId, Throwable failure) {
        return Uni.createFrom()
                .failure(
                        failure instanceof TimeoutException
                                ? new UpstreamException("task-service did not answer in time")
                                : new UpstreamException("task-service could not give the task's files", failure));
    }

    /** A 4xx is an answer that a retry would not change; a 5xx stays as it is, to be retried. */
    private static Throwable refused(UUID taskId, Throwable e) {
        int status = ((WebApplicationException) e).getResponse().getStatus();
        if (status == 404) {
            return new NotFoundException("Task " + taskId + " was not found.");
        }
        if (status < 500) {
            return new UpstreamException("task-service refused to give the task's files", e);
        }
        return e;
    }
}

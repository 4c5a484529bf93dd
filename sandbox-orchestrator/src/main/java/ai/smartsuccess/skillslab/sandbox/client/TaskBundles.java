package ai.smartsuccess.skillslab.sandbox.client;

import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Fetches task bundles: a missing task is the caller's mistake (404), anything else task-service's (502). */
@ApplicationScoped
public class TaskBundles {

    private final TaskServiceApi api;

    TaskBundles(@RestClient TaskServiceApi api) {
        this.api = api;
    }

    public Uni<TaskBundle> fetch(UUID taskId) {
        return api.bundle(taskId)
                .ifNoItem()
                .after(Duration.ofSeconds(15))
                .failWith(() -> new UpstreamException("task-service did not answer in time"))
                .onFailure(this::isTransient)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(1))
                .atMost(2)
                .onFailure()
                .transform(e -> {
                    if (e instanceof WebApplicationException web
                            && web.getResponse().getStatus() == 404) {
                        return new NotFoundException("Task " + taskId + " was not found.");
                    }
                    return e instanceof UpstreamException
                            ? e
                            : new UpstreamException("task-service could not give the task's files", e);
                });
    }

    private boolean isTransient(Throwable e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse().getStatus() >= 500;
        }
        return !(e instanceof UpstreamException);
    }
}

package ai.smartsuccess.skillslab.sandbox.health;

import ai.smartsuccess.skillslab.sandbox.service.Blocking;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the submissions bucket answers. */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements AsyncHealthCheck {

    private final SubmissionStorage storage;

    StorageReadinessCheck(SubmissionStorage storage) {
        this.storage = storage;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Blocking.run(storage::ping)
                .ifNoItem()
                .after(Duration.ofSeconds(3))
                .fail()
                .map(ignored -> HealthCheckResponse.up("object-storage"))
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("object-storage")
                        .down()
                        .withData("error", e.getClass().getSimpleName())
                        .build());
    }
}

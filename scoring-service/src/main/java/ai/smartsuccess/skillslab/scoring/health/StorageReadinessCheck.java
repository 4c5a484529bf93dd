package ai.smartsuccess.skillslab.scoring.health;

import ai.smartsuccess.skillslab.scoring.storage.SubmissionObjectStore;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the buckets that submissions point at answer (the database and Kafka have their own checks). */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements AsyncHealthCheck {

    private final SubmissionObjectStore store;

    StorageReadinessCheck(SubmissionObjectStore store) {
        this.store = store;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return store.ping()
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

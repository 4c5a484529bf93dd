package ai.smartsuccess.skillslab.scoring.health;

import ai.smartsuccess.skillslab.platform.health.Probes;
import ai.smartsuccess.skillslab.scoring.storage.SubmissionObjectStore;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
        return Probes.bounded("object-storage", store.ping());
    }
}

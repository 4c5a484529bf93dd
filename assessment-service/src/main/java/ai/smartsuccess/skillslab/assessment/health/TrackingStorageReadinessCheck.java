package ai.smartsuccess.skillslab.assessment.health;

import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.platform.health.Probes;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the tracking bucket answers: without it no session could be submitted. */
@Readiness
@ApplicationScoped
public class TrackingStorageReadinessCheck implements AsyncHealthCheck {

    private final TrackingObjectStorage storage;

    TrackingStorageReadinessCheck(TrackingObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Probes.bounded("tracking-storage", storage.ping());
    }
}

package ai.smartsuccess.skillslab.sandbox.health;

import ai.smartsuccess.skillslab.platform.health.Probes;
import ai.smartsuccess.skillslab.sandbox.service.Blocking;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
        // The S3 client here blocks: the ping runs on the worker pool.
        return Probes.bounded("object-storage", Blocking.run(storage::ping));
    }
}

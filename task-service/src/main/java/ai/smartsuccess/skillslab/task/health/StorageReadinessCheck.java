package ai.smartsuccess.skillslab.task.health;

import ai.smartsuccess.skillslab.platform.health.Probes;
import ai.smartsuccess.skillslab.task.service.DefaultTaskFilesSeeder;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the task-files bucket answers and the default tasks' files are in it. */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements AsyncHealthCheck {

    private final TaskFileStorage storage;
    private final DefaultTaskFilesSeeder seeder;

    StorageReadinessCheck(TaskFileStorage storage, DefaultTaskFilesSeeder seeder) {
        this.storage = storage;
        this.seeder = seeder;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Probes.bounded("object-storage", storage.ping(), answered -> {
            boolean seeded = seeder.seeded();
            return answered.status(seeded).withData("defaultTaskFiles", seeded ? "seeded" : "pending");
        });
    }
}

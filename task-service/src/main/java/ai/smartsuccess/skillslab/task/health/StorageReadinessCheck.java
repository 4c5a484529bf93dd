package ai.smartsuccess.skillslab.task.health;

import ai.smartsuccess.skillslab.task.service.DefaultTaskFilesSeeder;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
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
        return storage.ping()
                .ifNoItem()
                .after(Duration.ofSeconds(3))
                .fail()
                .map(ignored -> HealthCheckResponse.builder()
                        .name("object-storage")
                        .status(seeder.seeded())
                        .withData("defaultTaskFiles", seeder.seeded() ? "seeded" : "pending")
                        .build())
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("object-storage")
                        .down()
                        .withData("error", e.getClass().getSimpleName())
                        .build());
    }
}

package ai.smartsuccess.skillslab.task.health;

import ai.smartsuccess.skillslab.platform.health.ObjectStorageReadinessCheck;
import ai.smartsuccess.skillslab.task.config.TaskConfig;
import ai.smartsuccess.skillslab.task.service.DefaultTaskFilesSeeder;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import software.amazon.awssdk.services.s3.S3Client;

/** Ready when the task-files bucket answers and the default tasks' files are in it. */
@Readiness
@Singleton
public class StorageReadinessCheck extends ObjectStorageReadinessCheck {

    private final DefaultTaskFilesSeeder seeder;

    StorageReadinessCheck(S3Client s3, TaskConfig config, DefaultTaskFilesSeeder seeder) {
        super(s3, config.storage().taskFilesBucket());
        this.seeder = seeder;
    }

    @Override
    protected HealthCheckResponseBuilder whenAnswered(HealthCheckResponseBuilder answered) {
        boolean seeded = seeder.seeded();
        return answered.status(seeded).withData("defaultTaskFiles", seeded ? "seeded" : "pending");
    }
}

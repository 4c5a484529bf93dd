package ai.smartsuccess.skillslab.task;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.test.ReadinessChecks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness waits for the task-files bucket and for the default tasks' files in it. */
@QuarkusTest
class HealthResourceTest {

    @Test
    void ready_once_the_bucket_answers_and_the_default_task_files_are_seeded() {
        assertThat(ReadinessChecks.awaitUp("object-storage")).containsEntry("defaultTaskFiles", "seeded");
    }
}

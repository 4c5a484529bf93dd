package ai.smartsuccess.skillslab.task;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness waits for the task-files bucket and for the default tasks' files in it. */
@QuarkusTest
class HealthResourceTest {

    @Test
    void ready_once_the_bucket_answers_and_the_default_task_files_are_seeded() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("checks.find { it.name == 'object-storage' }.status", equalTo("UP"))
                        .body("checks.find { it.name == 'object-storage' }.data.defaultTaskFiles", equalTo("seeded")));
    }
}

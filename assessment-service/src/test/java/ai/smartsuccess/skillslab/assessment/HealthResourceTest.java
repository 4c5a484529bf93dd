package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness includes the tracking bucket's check, up with the local storage (once the S3 client has started). */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class HealthResourceTest {

    @Test
    void readiness_includes_the_object_storage_and_it_is_up() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .body("checks.find { it.name == 'object-storage' }.status", equalTo("UP")));
    }
}

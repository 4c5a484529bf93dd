package ai.smartsuccess.skillslab.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The packaged task-service starts and reports itself live. Runs against the native executable with -Pnative (failsafe is
 * bound only there), with the test profile (quarkus.test.integration-test-profile): the local infrastructure.
 */
@QuarkusIntegrationTest
class LivenessIT {

    @Test
    void theExecutableStartsAndIsLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}

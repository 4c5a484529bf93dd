package ai.smartsuccess.skillslab.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * The packaged service starts and reports itself live. Each service extends it in a {@code LivenessIT} annotated
 * {@code @QuarkusIntegrationTest}: failsafe runs the {@code *IT} classes of its own module against its own artifact
 * (with -Pnative, where failsafe is bound), with the test profile (quarkus.test.integration-test-profile): the local
 * infrastructure.
 */
public abstract class LivenessCheck {

    @Test
    public void theExecutableStartsAndIsLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}

package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness names the tracking bucket's check, and the service is ready with the local storage up. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class HealthResourceTest {

    @Test
    void readiness_includes_the_object_storage_and_it_is_up() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("object-storage"))
                .body("checks.find { it.name == 'object-storage' }.status", equalTo("UP"));
    }
}

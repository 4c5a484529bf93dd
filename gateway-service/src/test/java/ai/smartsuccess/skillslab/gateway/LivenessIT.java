package ai.smartsuccess.skillslab.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway-service starts and reports itself live, on its management interface: unlike the other services
 * (platform-test's LivenessCheck), it serves no /q/* on its public port.
 */
@QuarkusIntegrationTest
class LivenessIT {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theExecutableStartsAndIsLive() {
        given().when()
                .get("http://" + management.getHost() + ":" + management.getPort() + "/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}

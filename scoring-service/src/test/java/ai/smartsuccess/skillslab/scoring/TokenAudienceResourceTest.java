package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ServiceClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * scoring-service takes only tokens issued for it: a person's (the web and CLI clients carry every service's audience)
 * but no other service's own token, whatever roles it holds elsewhere.
 */
@QuarkusTest
class TokenAudienceResourceTest {

    @Test
    void tokens_issued_for_other_services_are_refused() {
        String runs = "/api/admin/scoring/" + UUID.randomUUID() + "/runs";
        given().auth().oauth2(accessToken(ADMIN)).get(runs).then().statusCode(200);
        for (ServiceClient other : ServiceClient.values()) {
            given().auth()
                    .oauth2(KeycloakTokens.serviceToken(other))
                    .get(runs)
                    .then()
                    .statusCode(401);
        }
    }
}

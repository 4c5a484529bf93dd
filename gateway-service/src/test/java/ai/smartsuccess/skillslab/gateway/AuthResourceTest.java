package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class AuthResourceTest {

    @Test
    void me_describes_an_individual() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("id", notNullValue())
                .body("email", equalTo(CANDIDATE))
                .body("name", equalTo("Casey Candidate"))
                .body("firstName", equalTo("Casey"))
                .body("lastName", equalTo("Candidate"))
                .body("createdAt", notNullValue())
                .body("userType", equalTo("individual"))
                .body("subscription.plan", equalTo("free"))
                .body("company", nullValue());
    }

    @Test
    void me_describes_a_business_with_its_company() {
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("userType", equalTo("business"))
                .body("company.name", equalTo("Demo Corp"))
                .body("company.size", equalTo("11-50"));
    }

    @Test
    void me_needs_a_token() {
        given().get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2("not-a-token")
                .get("/api/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void config_is_public() {
        given().get("/api/config")
                .then()
                .statusCode(200)
                .body("oidc.authority", equalTo("http://localhost:8180/realms/skills-lab"))
                .body("oidc.clientId", equalTo("skills-lab-web"));
    }
}

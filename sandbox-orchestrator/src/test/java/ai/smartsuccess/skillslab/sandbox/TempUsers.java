package ai.smartsuccess.skillslab.sandbox;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real candidate accounts in the local Keycloak, made for one test through the admin API with the service account and
 * removed afterwards: limits per user must not count what other tests (or other test runs) hold for the demo users.
 */
final class TempUsers {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String PASSWORD = "correct-horse-battery";

    /** @param id the OIDC subject */
    record TempUser(String id, String email, String token) implements AutoCloseable {

        @Override
        public void close() {
            given().auth()
                    .oauth2(KeycloakTokens.freshServiceToken())
                    .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
        }
    }

    static TempUser individual(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String admin = KeycloakTokens.freshServiceToken();
        String location = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        email,
                        "email",
                        email,
                        "firstName",
                        "Temp",
                        "lastName",
                        "Candidate",
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "credentials",
                        List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post(KEYCLOAK + "/admin/realms/skills-lab/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<?, ?> role = given().auth()
                .oauth2(admin)
                .get(KEYCLOAK + "/admin/realms/skills-lab/roles/individual")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(role))
                .post(KEYCLOAK + "/admin/realms/skills-lab/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "skills-lab-cli")
                .formParam("username", email)
                .formParam("password", PASSWORD)
                .post(KEYCLOAK + "/realms/skills-lab/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        return new TempUser(id, email, token);
    }

    private TempUsers() {}
}

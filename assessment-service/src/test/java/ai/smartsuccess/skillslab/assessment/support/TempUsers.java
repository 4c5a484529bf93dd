package ai.smartsuccess.skillslab.assessment.support;

import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.assessment.KeycloakTokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real accounts in the local Keycloak, made for one test (a fresh address to invite, a person to delete) through the
 * admin API with the service account, and removed afterwards.
 */
public final class TempUsers {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String PASSWORD = "correct-horse-battery";

    /** @param id the OIDC subject */
    public record TempUser(String id, String email, String token) implements AutoCloseable {

        @Override
        public void close() {
            given().auth()
                    .oauth2(KeycloakTokens.freshServiceToken())
                    .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
        }
    }

    public static TempUser individual(String prefix) {
        return create(prefix, "individual", Map.of());
    }

    public static TempUser business(String prefix, String company) {
        return create(
                prefix,
                "business",
                Map.of(
                        "company_name",
                        List.of(company),
                        "company_size",
                        List.of("1-10"),
                        "company_industry",
                        List.of("technology")));
    }

    private static TempUser create(String prefix, String role, Map<String, List<String>> attributes) {
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
                        "Person",
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "attributes",
                        attributes,
                        "credentials",
                        List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post(KEYCLOAK + "/admin/realms/skills-lab/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<?, ?> roleRep = given().auth()
                .oauth2(admin)
                .get(KEYCLOAK + "/admin/realms/skills-lab/roles/" + role)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(roleRep))
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

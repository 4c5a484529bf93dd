package ai.smartsuccess.skillslab.task;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Extra users for tests, created in the local Keycloak through its admin REST API with the service account of
 * {@code skills-lab-service} (realm-management manage-users), and deleted when the test JVM ends. Users left by an
 * interrupted run are removed before new ones are made.
 */
public final class KeycloakUsers {

    private static final String PREFIX = "task-service-test-";
    private static final String DOMAIN = "@test.skillslab.dev";
    private static final String BASE = System.getProperty("keycloak.base-url", "http://localhost:8180");
    private static final String ADMIN = BASE + "/admin/realms/skills-lab";

    private static volatile String secondBusiness;

    /** A business user other than the demo one, created once per test run; its password is the demo password. */
    public static synchronized String secondBusiness() {
        if (secondBusiness == null) {
            removeLeftovers();
            String email = PREFIX + "business-" + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
            create(email, "business");
            secondBusiness = email;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(email)));
        }
        return secondBusiness;
    }

    public static String subjectOf(String email) {
        List<Map<String, Object>> users = given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .queryParam("username", email)
                .queryParam("exact", true)
                .get(ADMIN + "/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return (String) users.get(0).get("id");
    }

    private static void create(String email, String role) {
        given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        email,
                        "email",
                        email,
                        "firstName",
                        "Second",
                        "lastName",
                        "Business",
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "credentials",
                        List.of(Map.of("type", "password", "value", KeycloakTokens.PASSWORD, "temporary", false))))
                .post(ADMIN + "/users")
                .then()
                .statusCode(201);
        String id = subjectOf(email);
        List<Map<String, Object>> available = given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .get(ADMIN + "/users/" + id + "/role-mappings/realm/available")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        List<Map<String, Object>> wanted =
                available.stream().filter(r -> role.equals(r.get("name"))).toList();
        given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .contentType(ContentType.JSON)
                .body(wanted)
                .post(ADMIN + "/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
    }

    private static void delete(String email) {
        try {
            given().auth()
                    .oauth2(KeycloakTokens.freshServiceToken())
                    .delete(ADMIN + "/users/" + subjectOf(email))
                    .then()
                    .statusCode(204);
        } catch (RuntimeException | AssertionError e) {
            System.err.println("could not delete test user " + email + ": " + e);
        }
    }

    private static void removeLeftovers() {
        List<Map<String, Object>> users = given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .queryParam("search", PREFIX)
                .queryParam("max", 100)
                .get(ADMIN + "/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        for (Map<String, Object> user : users) {
            String username = (String) user.get("username");
            if (username != null && username.startsWith(PREFIX) && username.endsWith(DOMAIN)) {
                given().auth()
                        .oauth2(KeycloakTokens.serviceToken())
                        .delete(ADMIN + "/users/" + user.get("id"))
                        .then()
                        .statusCode(204);
            }
        }
    }

    private KeycloakUsers() {}
}

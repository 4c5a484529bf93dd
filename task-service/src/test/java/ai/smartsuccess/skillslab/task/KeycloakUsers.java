package ai.smartsuccess.skillslab.task;

import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Extra users for tests, created in the local Keycloak (see {@link TempUsers}) with the demo password, and deleted
 * when the test JVM ends. Users left by an interrupted run are removed before new ones are made.
 */
public final class KeycloakUsers {

    private static final String PREFIX = "task-service-test-";
    private static final String DOMAIN = "@test.skillslab.dev";
    private static final String ADMIN = TempUsers.ADMIN_API;

    private static volatile String secondBusiness;

    /** A business user other than the demo one, created once per test run; its password is the demo password. */
    public static synchronized String secondBusiness() {
        if (secondBusiness == null) {
            removeLeftovers();
            String email = PREFIX + "business-" + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
            TempUsers.createVerifiedUser(email, KeycloakTokens.PASSWORD, "business", Map.of(), "Second", "Business");
            secondBusiness = email;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(email)));
        }
        return secondBusiness;
    }

    public static String subjectOf(String email) {
        List<Map<String, Object>> users = given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
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

    private static void delete(String email) {
        try {
            TempUsers.delete(subjectOf(email));
        } catch (RuntimeException | AssertionError e) {
            System.err.println("could not delete test user " + email + ": " + e);
        }
    }

    private static void removeLeftovers() {
        List<Map<String, Object>> users = given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
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
                        .oauth2(KeycloakTokens.accountAdminToken())
                        .delete(ADMIN + "/users/" + user.get("id"))
                        .then()
                        .statusCode(204);
            }
        }
    }

    private KeycloakUsers() {}
}

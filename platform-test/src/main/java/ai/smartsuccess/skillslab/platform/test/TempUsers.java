package ai.smartsuccess.skillslab.platform.test;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real accounts in the local Keycloak, made for one test through the admin API with the service account of
 * the gateway's test client (realm-management manage-users) and removed afterwards, so tests never disturb the demo
 * users nor count what other tests (or other runs) hold for them.
 */
public final class TempUsers {

    /** The password of every account made here, unless a test gives its own. */
    public static final String PASSWORD = "correct-horse-battery";

    /** The admin API of the realm, {@code -Dkeycloak.base-url} to point the tests at another Keycloak. */
    public static final String ADMIN_API =
            System.getProperty("keycloak.base-url", "http://localhost:8180") + "/admin/realms/skills-lab";

    /** @param id the OIDC subject */
    public record TempUser(String id, String email, String token) implements AutoCloseable {

        @Override
        public void close() {
            delete(id);
        }
    }

    /** An individual (candidate) at a fresh address starting with {@code prefix}, signed in. */
    public static TempUser individual(String prefix) {
        return signedIn(prefix, "individual", Map.of());
    }

    /** A business of {@code company} at a fresh address starting with {@code prefix}, signed in. */
    public static TempUser business(String prefix, String company) {
        return signedIn(
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

    /** A verified account named Temp Person with {@link #PASSWORD}; returns its subject. */
    public static String createVerifiedUser(String email, String role, Map<String, List<String>> attributes) {
        return createVerifiedUser(email, role, attributes, "Temp", "Person");
    }

    /** A verified account with {@link #PASSWORD}; returns its subject. */
    public static String createVerifiedUser(
            String email, String role, Map<String, List<String>> attributes, String firstName, String lastName) {
        return createVerifiedUser(email, PASSWORD, role, attributes, firstName, lastName);
    }

    /** A verified account with the realm role {@code role}; returns its subject. */
    public static String createVerifiedUser(
            String email,
            String password,
            String role,
            Map<String, List<String>> attributes,
            String firstName,
            String lastName) {
        String admin = KeycloakTokens.freshAccountAdminToken();
        String location = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        email,
                        "email",
                        email,
                        "firstName",
                        firstName,
                        "lastName",
                        lastName,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "attributes",
                        attributes,
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(ADMIN_API + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // The roles the account can get (the gateway's client may not read the realm's roles otherwise: no view-realm).
        List<Map<String, Object>> available = given().auth()
                .oauth2(admin)
                .get(ADMIN_API + "/users/" + id + "/role-mappings/realm/available")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, Object> roleRep = available.stream()
                .filter(r -> role.equals(r.get("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no realm role " + role));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(roleRep))
                .post(ADMIN_API + "/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        return id;
    }

    /** A new token of an account made here with {@link #PASSWORD}. */
    public static String passwordToken(String email) {
        return KeycloakTokens.passwordToken(email, PASSWORD);
    }

    /** Removes the account (with a fresh admin API token: clean-up may run long after the cached one expired). */
    public static void delete(String id) {
        given().auth().oauth2(KeycloakTokens.freshAccountAdminToken()).delete(ADMIN_API + "/users/" + id);
    }

    private static TempUser signedIn(String prefix, String role, Map<String, List<String>> attributes) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String id = createVerifiedUser(email, role, attributes);
        return new TempUser(id, email, passwordToken(email));
    }

    private TempUsers() {}
}

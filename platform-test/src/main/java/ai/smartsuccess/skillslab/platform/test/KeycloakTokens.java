package ai.smartsuccess.skillslab.platform.test;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real access tokens from the local platform's Keycloak (client skills-lab-cli, direct access grants). */
public final class KeycloakTokens {

    public static final String CANDIDATE = "candidate@demo.skillslab.dev";
    public static final String BUSINESS = "business@demo.skillslab.dev";
    public static final String ADMIN = "admin@demo.skillslab.dev";
    public static final String PASSWORD = "demo-password";

    /** The realm's base address, {@code -Dkeycloak.realm-url} to point the tests at another Keycloak. */
    public static final String REALM =
            System.getProperty("keycloak.realm-url", "http://localhost:8180/realms/skills-lab");

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** A token of a user with the demo password, fetched once per run. */
    public static String accessToken(String username) {
        return CACHE.computeIfAbsent(username, user -> passwordToken(user, PASSWORD));
    }

    /** A new token of a user (not cached: for accounts a test makes and changes). */
    public static String passwordToken(String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "skills-lab-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(REALM + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /**
     * The services' Keycloak clients as the test suites know them: clients of the local platform only
     * (launcher/config/keycloak/local-realm.json) with the same roles as the service's real client and a known secret.
     */
    public enum ServiceClient {
        /** realm-management manage-users, view-users, query-users (accounts); no service audience. */
        GATEWAY("skills-lab-gateway-service-test", "gateway-service-test-secret"),
        /** tasks:read-hidden on task-service, sandbox:provision on sandbox-orchestrator (and their audiences). */
        ASSESSMENT("skills-lab-assessment-service-test", "assessment-service-test-secret"),
        /** tasks:read-hidden on task-service (and its audience). */
        SANDBOX("skills-lab-sandbox-orchestrator-test", "sandbox-orchestrator-test-secret");

        public final String clientId;
        final String secret;

        ServiceClient(String clientId, String secret) {
            this.clientId = clientId;
            this.secret = secret;
        }
    }

    /** The client-credentials token of a service's test client, fetched once per run. */
    public static String serviceToken(ServiceClient client) {
        return CACHE.computeIfAbsent("client:" + client.name(), ignored -> freshServiceToken(client));
    }

    /** A new client-credentials token of a service's test client, not cached (for clean-up at the end of a run). */
    public static String freshServiceToken(ServiceClient client) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId)
                .formParam("client_secret", client.secret)
                .post(REALM + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A token for Keycloak's admin API (users only: the gateway's roles), fetched once per run. */
    public static String accountAdminToken() {
        return serviceToken(ServiceClient.GATEWAY);
    }

    /** A new token for Keycloak's admin API, not cached (for clean-up at the end of a run). */
    public static String freshAccountAdminToken() {
        return freshServiceToken(ServiceClient.GATEWAY);
    }

    /** The OIDC subject of a demo user, read from their token. */
    public static String subject(String username) {
        String payload = accessToken(username).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        Matcher matcher = SUBJECT.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no sub in the token of " + username);
        }
        return matcher.group(1);
    }

    private KeycloakTokens() {}
}

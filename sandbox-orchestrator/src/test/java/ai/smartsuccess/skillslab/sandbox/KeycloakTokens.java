package ai.smartsuccess.skillslab.sandbox;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the local platform's Keycloak (client skills-lab-cli, direct access grants). */
public final class KeycloakTokens {

    public static final String CANDIDATE = "candidate@demo.skillslab.dev";
    public static final String BUSINESS = "business@demo.skillslab.dev";
    public static final String ADMIN = "admin@demo.skillslab.dev";
    public static final String PASSWORD = "demo-password";

    private static final String REALM =
            System.getProperty("keycloak.realm-url", "http://localhost:8180/realms/skills-lab");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    public static String accessToken(String username) {
        return CACHE.computeIfAbsent(
                username,
                user -> given().formParam("grant_type", "password")
                        .formParam("client_id", "skills-lab-cli")
                        .formParam("username", user)
                        .formParam("password", PASSWORD)
                        .post(REALM + "/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    public static String serviceToken() {
        return CACHE.computeIfAbsent("service", ignored -> freshServiceToken());
    }

    /** A new client-credentials token of {@code skills-lab-service}, not cached (for clean-up at the end of a run). */
    public static String freshServiceToken() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "skills-lab-service")
                .formParam("client_secret", "skills-lab-local-service-secret")
                .post(REALM + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The OIDC subject of a demo user, as this service sees it in their tokens. */
    public static String subject(String username) {
        String payload = accessToken(username).split("\\.")[1];
        String json =
                new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no sub in the token of " + username);
        }
        return m.group(1);
    }

    private KeycloakTokens() {}
}

package ai.smartsuccess.skillslab.platform.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

/** The readiness checks of the service under test, as {@code /q/health/ready} reports them. */
public final class ReadinessChecks {

    private ReadinessChecks() {}

    /**
     * Waits until the check named {@code name} reports up (a client that starts with its first request, or content
     * seeded at start, may take a while) and returns its data.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> awaitUp(String name) {
        Map<String, Object> check = await("readiness check " + name + " up")
                .atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(
                        () -> given().get("/q/health/ready")
                                .jsonPath()
                                .<String, Object>getMap("checks.find { it.name == '" + name + "' }"),
                        found -> found != null && "UP".equals(found.get("status")));
        return check.get("data") instanceof Map<?, ?> data ? (Map<String, Object>) data : Map.of();
    }
}

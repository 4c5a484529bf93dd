package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.sandbox.client.TaskClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * task-service is down (nothing listens at its address): provisioning answers that a service it depends on failed
 * after a few quick retries, never a 500, and once the breaker opened it answers at once without calling task-service.
 */
@QuarkusTest
@TestProfile(TaskServiceDownResourceTest.TaskServiceDown.class)
class TaskServiceDownResourceTest {

    private static final String BREAKER = "task-service";

    /** Between retries, without jitter (and the backoff capped at it): two retries take at least twice this. */
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    /** Attempts (each retry counts) in the breaker's window; all failing, it opens. */
    private static final int BREAKER_WINDOW = 4;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void provisioning_answers_upstream_failure_and_fails_fast_once_the_breaker_is_open() {
        breakers.reset(BREAKER);
        String owner = KeycloakTokens.subject(CANDIDATE);

        Duration first = provision(owner);
        assertThat(first).isGreaterThanOrEqualTo(RETRY_DELAY.multipliedBy(2));
        assertThat(first).isLessThan(Duration.ofSeconds(10));

        for (int call = 0;
                call < BREAKER_WINDOW && breakers.currentState(BREAKER) != CircuitBreakerState.OPEN;
                call++) {
            assertThat(provision(owner)).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(breakers.currentState(BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        Duration open = provision(owner);
        System.out.printf(
                "task-service down: first provision %d ms, provision with the breaker open %d ms%n",
                first.toMillis(), open.toMillis());
        // Not even one retry delay, let alone the timeout: task-service was not called.
        assertThat(open).isLessThan(RETRY_DELAY);
    }

    /** A new sandbox each time (nothing is created, so nothing is left behind). */
    private static Duration provision(String owner) {
        long started = System.nanoTime();
        Sandboxes.provisionRequest(
                        UUID.randomUUID(),
                        TestTasks.PYTHON,
                        owner,
                        Instant.now().plus(Duration.ofMinutes(30)))
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", endsWith("/upstream"))
                .body("status", equalTo(502));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    public static class TaskServiceDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String fetch = TaskClient.class.getName() + "/fetch/";
            return Map.ofEntries(
                    Map.entry("quarkus.rest-client.task-service.url", "http://127.0.0.1:1"),
                    Map.entry(fetch + "Timeout/value", "2000"),
                    Map.entry(fetch + "Timeout/unit", "MILLIS"),
                    Map.entry(fetch + "Retry/delay", String.valueOf(RETRY_DELAY.toMillis())),
                    Map.entry(fetch + "Retry/delayUnit", "MILLIS"),
                    Map.entry(fetch + "Retry/jitter", "0"),
                    Map.entry(fetch + "ExponentialBackoff/maxDelay", String.valueOf(RETRY_DELAY.toMillis())),
                    Map.entry(fetch + "CircuitBreaker/requestVolumeThreshold", String.valueOf(BREAKER_WINDOW)),
                    Map.entry(fetch + "CircuitBreaker/delay", "600000"),
                    Map.entry(fetch + "CircuitBreaker/delayUnit", "MILLIS"));
        }

        /** Without the task-service stand-in: nothing answers for task-service. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}

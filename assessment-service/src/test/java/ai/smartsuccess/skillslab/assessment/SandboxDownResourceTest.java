package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.FaultTolerance;
import ai.smartsuccess.skillslab.platform.test.FaultTolerance.Timed;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sandbox orchestrator is down (nothing listens at its address): starting an attempt answers the problem of an
 * unavailable sandbox after a few quick retries, never a 500, and once the breaker opened it answers at once without
 * calling the sandbox. The attempt stays pending.
 */
@QuarkusTest
@TestProfile(SandboxDownResourceTest.SandboxDown.class)
class SandboxDownResourceTest {

    private static final String BREAKER = "sandbox-provision";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void start_answers_sandbox_unavailable_and_fails_fast_once_the_breaker_is_open() {
        breakers.reset(BREAKER);
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        try (TempUser candidate = TempUsers.individual("sandbox-down")) {
            String token = candidate.token();
            UUID id = AttemptsResourceTest.create(token, task);

            Timed first = start(token, id);
            // Two retries, each after the delay: the connection was refused three times.
            assertThat(first.took()).isGreaterThanOrEqualTo(FaultTolerance.RETRY_DELAY.multipliedBy(2));
            assertThat(first.took()).isLessThan(Duration.ofSeconds(10));

            for (int call = 0;
                    call < FaultTolerance.BREAKER_WINDOW && breakers.currentState(BREAKER) != CircuitBreakerState.OPEN;
                    call++) {
                assertThat(start(token, id).took()).isLessThan(Duration.ofSeconds(10));
            }
            assertThat(breakers.currentState(BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

            Timed open = start(token, id);
            System.out.printf(
                    "sandbox down: first start %d ms, start with the breaker open %d ms%n",
                    first.took().toMillis(), open.took().toMillis());
            // Not even one retry delay, let alone the timeout: the sandbox was not called.
            assertThat(open.took()).isLessThan(FaultTolerance.RETRY_DELAY);

            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("pending"));
        }
    }

    private static Timed start(String token, UUID id) {
        Timed timed = FaultTolerance.timed(() -> given().auth()
                .oauth2(token)
                .post("/api/assessments/" + id + "/start")
                .then());
        timed.response()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", endsWith("/sandbox-unavailable"))
                .body("status", equalTo(502));
        return timed;
    }

    public static class SandboxDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return FaultTolerance.settings(SandboxClient.class, "provision");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformStubs.class, Map.of(PlatformStubs.DOWN, "sandbox")));
        }
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.client.TaskClient;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.platform.test.FaultTolerance;
import ai.smartsuccess.skillslab.platform.test.FaultTolerance.Timed;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * task-service is down (nothing listens at its address): creating an attempt answers the problem of an unavailable task
 * catalogue after a few quick retries, never a 500, and once the breaker opened it answers at once without calling
 * task-service.
 */
@QuarkusTest
@TestProfile(TaskServiceDownResourceTest.TaskServiceDown.class)
class TaskServiceDownResourceTest {

    private static final String BREAKER = "task-service";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void create_answers_task_service_unavailable_and_fails_fast_once_the_breaker_is_open() {
        breakers.reset(BREAKER);
        String token = KeycloakTokens.accessToken(CANDIDATE);
        UUID task = UUID.randomUUID();

        Timed first = create(token, task);
        // Two retries, each after the delay: the connection was refused three times.
        assertThat(first.took()).isGreaterThanOrEqualTo(FaultTolerance.RETRY_DELAY.multipliedBy(2));
        assertThat(first.took()).isLessThan(Duration.ofSeconds(10));

        for (int call = 0;
                call < FaultTolerance.BREAKER_WINDOW && breakers.currentState(BREAKER) != CircuitBreakerState.OPEN;
                call++) {
            assertThat(create(token, task).took()).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(breakers.currentState(BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        Timed open = create(token, task);
        System.out.printf(
                "task-service down: first create %d ms, create with the breaker open %d ms%n",
                first.took().toMillis(), open.took().toMillis());
        // Not even one retry delay, let alone the timeout: task-service was not called.
        assertThat(open.took()).isLessThan(FaultTolerance.RETRY_DELAY);
    }

    private static Timed create(String token, UUID task) {
        Timed timed = FaultTolerance.timed(() -> given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then());
        timed.response()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", endsWith("/task-service-unavailable"))
                .body("status", equalTo(502));
        return timed;
    }

    public static class TaskServiceDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return FaultTolerance.settings(TaskClient.class, "taskFor");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformStubs.class, Map.of(PlatformStubs.DOWN, "task-service")));
        }
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AttemptRulesResourceTest {

    @Test
    void concurrent_creates_never_exceed_max_attempts() throws Exception {
        UUID task = PlatformStubs.stubTask(TaskStub.practice().withMaxAttempts(2));
        String token = accessToken(CANDIDATE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                creates.add(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("taskId", task.toString()))
                        .post("/api/assessments")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(creates)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(6);
        } finally {
            pool.shutdownNow();
        }
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Maximum attempts (2) reached for this task."));
    }

    @Test
    void failed_scoring_gives_the_attempt_back() {
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice().withMaxAttempts(1));
        UUID first = Sessions.started(CANDIDATE, task);
        Sessions.submit(CANDIDATE, first);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(409);

        KafkaTopics.publish(
                KafkaTopics.SCORE_RESULTS,
                first.toString(),
                ScoringFailed.of(first, "someone", "1.0", "The evaluator could not run."));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().auth()
                        .oauth2(accessToken(CANDIDATE))
                        .get("/api/assessments/" + first)
                        .then()
                        .body("status", equalTo("failed")));
        UUID second = Sessions.create(CANDIDATE, task);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + second)
                .then()
                .body("attemptNumber", equalTo(2));
    }

    @Test
    void default_tasks_are_unlimited_practice() {
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        for (int i = 1; i <= 3; i++) {
            UUID id = Sessions.create(CANDIDATE, task);
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .get("/api/assessments/" + id)
                    .then()
                    .body("attemptNumber", equalTo(i));
        }
    }
}

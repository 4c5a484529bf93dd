package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
    void concurrent_creates_make_one_attempt_and_point_the_others_at_it() throws Exception {
        UUID task = PlatformStubs.stubTask(TaskStub.practice().withMaxAttempts(2));
        String token = accessToken(CANDIDATE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                creates.add(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("taskId", task.toString()))
                        .post("/api/assessments"));
            }
            for (Future<Response> result : pool.invokeAll(creates)) {
                answers.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        String created = answers.stream()
                .filter(r -> r.statusCode() == 201)
                .findFirst()
                .orElseThrow()
                .path("assessmentId");
        // Every other create names the attempt to resume instead.
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).hasSize(7).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("type")).endsWith("/attempt-in-progress");
            assertThat(r.<String>path("assessmentId")).isEqualTo(created);
            assertThat(r.<Integer>path("attemptNumber")).isEqualTo(1);
            assertThat(r.<Integer>path("status")).isEqualTo(409);
            assertThat(r.<String>path("attemptStatus")).isEqualTo("pending");
        });
    }

    @Test
    void finished_attempts_count_up_to_the_tasks_limit() {
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice().withMaxAttempts(2));
        for (int i = 0; i < 2; i++) {
            Sessions.submit(CANDIDATE, Sessions.started(CANDIDATE, task));
        }
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/max-attempts"))
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
                .atMost(Duration.ofSeconds(60))
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
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        for (int i = 1; i <= 3; i++) {
            UUID id = Sessions.started(CANDIDATE, task);
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .get("/api/assessments/" + id)
                    .then()
                    .body("attemptNumber", equalTo(i));
            Sessions.submit(CANDIDATE, id);
        }
    }
}

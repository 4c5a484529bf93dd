package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.support.Database;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AssessmentLifecycleResourceTest {

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_session_goes_from_create_to_scored_and_the_submission_carries_everything_scoring_needs() throws Exception {
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        String token = accessToken(CANDIDATE);
        try (KafkaTopics.Reader lifecycle = new KafkaTopics.Reader(KafkaTopics.LIFECYCLE)) {
            UUID id = Sessions.create(CANDIDATE, task);
            // The task was read with the candidate's own token, so task-service's access rules applied.
            PlatformStubs.wiremock()
                    .verify(getRequestedFor(urlPathEqualTo("/task-service/api/tasks/" + task))
                            .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("pending"))
                    .body("task.title", equalTo("Build a REST API with AI Assistance"))
                    // The workspace's Run tab offers the task's own visible test command.
                    .body("task.visibleTestCommand", equalTo("python3 -m unittest discover -s tests -v"))
                    .body("startedAt", nullValue());

            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(200)
                    .body("assessmentId", equalTo(id.toString()))
                    .body("status", equalTo("in_progress"))
                    .body("timeLimitMinutes", equalTo(120))
                    .body("websocketUrl", equalTo("/ws/sandbox/" + id + "/terminal"))
                    .body("deadline", notNullValue());
            // The sandbox is provisioned with the service's own token, not the candidate's.
            PlatformStubs.wiremock()
                    .verify(postRequestedFor(urlPathEqualTo("/sandbox/internal/sandboxes"))
                            .withHeader("Authorization", matching("Bearer .+"))
                            .withHeader(
                                    "Authorization",
                                    WireMock.notMatching("Bearer " + java.util.regex.Pattern.quote(token))));
            JsonNode started = lifecycle.await(id.toString(), "AssessmentStarted", Duration.ofSeconds(15));
            assertThat(started.path("taskId").asText()).isEqualTo(task.toString());

            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "events",
                            List.of(Map.of(
                                    "id",
                                    "note-" + id,
                                    "type",
                                    "note",
                                    "timestamp",
                                    "2026-05-01T10:00:00.000+02:00",
                                    "data",
                                    Map.of("text", "First, read the brief")))))
                    .post("/api/assessments/" + id + "/track")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(1));

            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "notes",
                            "Done in time",
                            "files",
                            List.of(Map.of("path", "src/app.py", "content", "print('hi')\n"))))
                    .post("/api/assessments/" + id + "/submit")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("submitted"))
                    .body("submittedAt", notNullValue());
            // The submitted file went to the sandbox, with the candidate's token, before it was finalized.
            PlatformStubs.wiremock()
                    .verify(putRequestedFor(urlPathEqualTo("/sandbox/api/assessments/" + id + "/files/src/app.py"))
                            .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));

            JsonNode submitted = lifecycle.await(id.toString(), "AssessmentSubmitted", Duration.ofSeconds(15));
            assertThat(submitted.path("candidate").path("userType").asText()).isEqualTo("individual");
            assertThat(submitted.path("candidate").path("email").asText()).isEqualTo(CANDIDATE);
            assertThat(submitted.path("task").path("title").asText()).isEqualTo("Build a REST API with AI Assistance");
            assertThat(submitted
                            .path("evaluationConfig")
                            .path("levelThresholds")
                            .path("explorer")
                            .path("min")
                            .asInt())
                    .isZero();
            assertThat(submitted.path("trackingObjects")).hasSize(1);
            assertThat(submitted.path("trackingObjects").get(0).path("bucket").asText())
                    .isEqualTo("tracking");
            assertThat(submitted.path("finalFiles").path("key").asText()).contains(id.toString());
            assertThat(submitted.path("hiddenTests").path("passed").asInt()).isEqualTo(2);
            assertThat(submitted.path("autoSubmitted").asBoolean()).isFalse();
            assertThat(submitted.path("notes").asText()).isEqualTo("Done in time");
            assertThat(submitted.path("timeSpentSeconds").asLong()).isBetween(0L, 60L);

            // Published, so submitted → scoring (a scoring-service running beside these tests may already have moved it
            // on).
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().auth()
                            .oauth2(token)
                            .get("/api/assessments/" + id)
                            .then()
                            .statusCode(200)
                            .body("status", org.hamcrest.Matchers.oneOf("scoring", "scored", "failed")));

            ScoreComputed score = score(id, 72.5, "architect");
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), score);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().auth()
                            .oauth2(token)
                            .get("/api/assessments/" + id)
                            .then()
                            .statusCode(200)
                            .body("status", equalTo("scored"))
                            .body("score.finalScore", equalTo(72.5f))
                            .body("score.proficiencyLevel", equalTo("architect"))
                            .body("score.categoryScores.planning", equalTo(70.0f))
                            .body("score.subitemScores.planning.task_breakdown.raw", equalTo(80.0f))
                            .body("score.strengths[0].text", equalTo("Broke the work into clear steps"))
                            .body("score.failedEvaluators", hasSize(0))
                            .body("files.path", hasItem("main.py")));

            // The same event again (a redelivery) changes nothing, even if its content differed.
            ScoreComputed redelivered = SampleEvents.scoreComputed(id, 12.0, "explorer")
                    .redeliveryOf(score)
                    .userId(score.userId())
                    .scoringVersion("1.0")
                    .scoringModels(List.of("evidence"))
                    .build();
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), redelivered);
            ScoreComputed marker = score(UUID.randomUUID(), 50, "operator");
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, marker.assessmentId().toString(), marker);
            Thread.sleep(1500);
            given().auth().oauth2(token).get("/api/assessments/" + id).then().body("score.finalScore", equalTo(72.5f));

            given().auth()
                    .oauth2(token)
                    .queryParam("status", "scored")
                    .queryParam("limit", 100)
                    .get("/api/assessments")
                    .then()
                    .statusCode(200)
                    .body("assessments.find { it.id == '" + id + "' }.finalScore", equalTo(72.5f))
                    .body(
                            "assessments.find { it.id == '" + id + "' }.taskTitle",
                            equalTo("Build a REST API with AI Assistance"));
        }
    }

    @Test
    void the_server_submits_at_the_deadline_without_the_browser() {
        UUID id = Sessions.running(CANDIDATE);
        try (KafkaTopics.Reader lifecycle = new KafkaTopics.Reader(KafkaTopics.LIFECYCLE)) {
            Database.moveDeadlineIntoThePast(id, 1);
            JsonNode expired = lifecycle.await(id.toString(), "AssessmentExpired", Duration.ofSeconds(20));
            assertThat(expired.path("deadline").asText()).isNotBlank();
            JsonNode submitted = lifecycle.await(id.toString(), "AssessmentSubmitted", Duration.ofSeconds(20));
            assertThat(submitted.path("autoSubmitted").asBoolean()).isTrue();
            // Time spent stops at the deadline, however late the server got round to it.
            assertThat(submitted.path("timeSpentSeconds").asLong()).isBetween(7100L, 7200L);
        }
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .body("autoSubmitted", equalTo(true));
    }

    @Test
    void a_late_submit_is_refused() {
        UUID id = Sessions.running(CANDIDATE);
        Database.moveDeadlineIntoThePast(id, 60);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/assessments/" + id + "/submit")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void recovery_returns_the_clock_files_and_warnings_of_a_running_session() {
        UUID id = Sessions.running(CANDIDATE);
        String body = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("in_progress"))
                .body("websocketUrl", equalTo("/ws/sandbox/" + id + "/terminal"))
                .body("clock.warnings.minutesLeft", org.hamcrest.Matchers.contains(15, 5, 1))
                .body("clock.warnings[0].due", equalTo(false))
                .body("files.path", hasItem("main.py"))
                .body("chatHistory", hasSize(0))
                .extract()
                .asString();
        assertThat(body).contains("\"remainingSeconds\":71");
        OffsetDateTime deadline = OffsetDateTime.parse(given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .extract()
                .path("deadline"));
        assertThat(deadline).isAfter(OffsetDateTime.now().plusMinutes(119));
    }

    @Test
    void only_the_owner_the_task_creator_and_admins_see_an_assessment() {
        String creator = KeycloakTokens.subject(BUSINESS);
        UUID task = PlatformStubs.stubTask(TaskStub.practice().createdBy(creator));
        UUID id = Sessions.create(CANDIDATE, task);
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200);

        UUID other = Sessions.create(CANDIDATE, PlatformStubs.stubTask(TaskStub.practice()));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/assessments/" + other)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // Only the owner may start it.
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .post("/api/assessments/" + other + "/start")
                .then()
                .statusCode(404);
        given().get("/api/assessments/" + other).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_task_the_caller_may_not_see_cannot_be_taken() {
        UUID hidden = PlatformStubs.stubHiddenTask(UUID.randomUUID());
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", hidden.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void requests_are_checked_field_by_field() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", UUID.randomUUID().toString(), "priority", "high"))
                .post("/api/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("priority"));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("taskId"));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("status", "finished")
                .get("/api/assessments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void starting_twice_and_submitting_twice_are_conflicts() {
        UUID id = Sessions.running(CANDIDATE);
        String token = accessToken(CANDIDATE);
        given().auth()
                .oauth2(token)
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "../etc/passwd", "content", "x"))))
                .post("/api/assessments/" + id + "/submit")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("files[0].path"));
        Sessions.submit(CANDIDATE, id);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/assessments/" + id + "/submit")
                .then()
                .statusCode(409);
    }

    @Test
    void failed_scoring_is_shown_with_its_reason() {
        UUID id = Sessions.running(CANDIDATE);
        Sessions.submit(CANDIDATE, id);
        ScoringFailed failed =
                ScoringFailed.of(id, KeycloakTokens.subject(CANDIDATE), "1.0", "The final files could not be read.");
        KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), failed);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth()
                        .oauth2(accessToken(CANDIDATE))
                        .get("/api/assessments/" + id)
                        .then()
                        .body("status", equalTo("failed"))
                        .body("failureReason", notNullValue())
                        .body("score", nullValue()));
    }

    static ScoreComputed score(UUID id, double finalScore, String level) {
        return score(id, finalScore, level, "1.0");
    }

    static ScoreComputed score(UUID id, double finalScore, String level, String version) {
        return SampleEvents.scoreComputed(id, finalScore, level)
                .userId("someone")
                .scoringVersion(version)
                .categoryScores(Map.of("planning", 70.0, "prompt_engineering", 75.0))
                .subitemScores(Map.of(
                        "planning", Map.of("task_breakdown", new ScoreComputed.SubitemScore(80, 25, 20, 80, null))))
                .strengths(List.of(new ScoreComputed.Feedback(
                        "planning",
                        "task_breakdown",
                        "Broke the work into clear steps",
                        List.of(new ScoreComputed.EvidenceRef("note-1", Instant.now(), "a planning note")))))
                .aiHighlights(List.of(
                        new ScoreComputed.Highlight("first_prompt", "Initial approach", "Plan the API", null, null)))
                .detailedAnalysis(Map.of("summary", "Solid work."))
                .build();
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The business's candidates: attempts on its own tasks and invited people who have not started. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessCandidatesResourceTest {

    private static final String PATH = "/api/business/candidates";

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_business_sees_everyone_on_its_own_tasks_and_nobody_else_does() {
        try (TempUser company = TempUsers.business("hiring", "Hiring GmbH");
                TempUser rival = TempUsers.business("rival", "Rival Ltd");
                TempUser scored = TempUsers.individual("alice");
                TempUser waiting = TempUsers.individual("bob")) {
            UUID invitedTask = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(company.id()));
            UUID publicTask = PlatformStubs.stubTask(TaskStub.practice().createdBy(company.id()));

            // One candidate invited, started, submitted and scored; one invited who has not started.
            Invited taken = InvitationResourceTest.invite(company.token(), invitedTask, scored.email());
            Invited open = InvitationResourceTest.invite(company.token(), invitedTask, waiting.email());
            UUID scoredId = AttemptsResourceTest.accept(scored.token(), taken);
            given().auth()
                    .oauth2(scored.token())
                    .post("/api/assessments/" + scoredId + "/start")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(scored.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/api/assessments/" + scoredId + "/submit")
                    .then()
                    .statusCode(200);
            KafkaTopics.publish(
                    KafkaTopics.SCORE_RESULTS,
                    scoredId.toString(),
                    AssessmentLifecycleResourceTest.score(scoredId, 81.5, "architect"));
            // Someone trying the public task on their own.
            UUID practiceId = AttemptsResourceTest.create(accessToken(CANDIDATE), publicTask);

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> as(company)
                            .get(PATH)
                            .then()
                            .statusCode(200)
                            .body("total", equalTo(3))
                            .body("candidates", hasSize(3))
                            .body(row(scoredId) + ".status", equalTo("scored")));
            String mine = row(scoredId);
            as(company)
                    .get(PATH)
                    .then()
                    .body(mine + ".invitationId", equalTo(taken.id().toString()))
                    .body(mine + ".name", equalTo("Temp Person"))
                    .body(mine + ".email", equalTo(scored.email()))
                    .body(mine + ".taskId", equalTo(invitedTask.toString()))
                    .body(mine + ".taskTitle", equalTo("Build a REST API with AI Assistance"))
                    .body(mine + ".finalScore", equalTo(81.5f))
                    .body(mine + ".level", equalTo("architect"))
                    .body(mine + ".categoryScores.planning", equalTo(70.0f))
                    .body(mine + ".submittedAt", notNullValue())
                    .body(mine + ".timeSpentSeconds", notNullValue())
                    // This report has no AI usage or integrity sections: null, not made up.
                    .body(mine + ".aiUsage.prompts", nullValue())
                    .body(mine + ".aiUsage.aiCodeShare", nullValue())
                    .body(mine + ".integrityFlags", nullValue())
                    .body(mine + ".stage", equalTo("new"))
                    .body(mine + ".rating", nullValue());
            String notStarted = "candidates.find { it.invitationId == '" + open.id() + "' }";
            as(company)
                    .get(PATH)
                    .then()
                    .body(notStarted + ".assessmentId", nullValue())
                    .body(notStarted + ".status", equalTo("sent"))
                    .body(notStarted + ".email", equalTo(waiting.email()))
                    .body(notStarted + ".finalScore", nullValue())
                    .body(notStarted + ".aiUsage", nullValue())
                    .body(notStarted + ".stage", nullValue());
            as(company)
                    .get(PATH)
                    .then()
                    .body(row(practiceId) + ".status", equalTo("pending"))
                    .body(row(practiceId) + ".invitationId", nullValue());

            // Filters, search, sorting and paging.
            as(company)
                    .queryParam("taskId", publicTask.toString())
                    .get(PATH)
                    .then()
                    .body("total", equalTo(1))
                    .body("candidates.assessmentId", contains(practiceId.toString()));
            as(company)
                    .queryParam("status", "sent,scored")
                    .get(PATH)
                    .then()
                    .body("total", equalTo(2))
                    .body("candidates.status", containsInAnyOrder("sent", "scored"));
            as(company)
                    .queryParam("q", scored.email().substring(0, 12).toUpperCase())
                    .get(PATH)
                    .then()
                    .body("total", equalTo(1))
                    .body("candidates[0].assessmentId", equalTo(scoredId.toString()));
            // Scored first in either direction: rows without a score come last.
            for (String order : new String[] {"asc", "desc"}) {
                as(company)
                        .queryParam("sortBy", "score")
                        .queryParam("order", order)
                        .get(PATH)
                        .then()
                        .body("candidates[0].assessmentId", equalTo(scoredId.toString()));
            }
            as(company)
                    .queryParam("sortBy", "date")
                    .queryParam("page", "1")
                    .queryParam("size", "2")
                    .get(PATH)
                    .then()
                    .body("total", equalTo(3))
                    .body("candidates", hasSize(1));

            // Another business: nothing of it.
            as(rival).get(PATH).then().statusCode(200).body("total", equalTo(0)).body("candidates", empty());
            given().auth().oauth2(accessToken(CANDIDATE)).get(PATH).then().statusCode(403);
        }
    }

    @Test
    void ai_usage_and_integrity_flags_come_from_the_report_scoring_sent() {
        try (TempUser company = TempUsers.business("usage", "Usage GmbH")) {
            Task task = Task.of(company.id(), "Usage task");
            UUID id = SeededAttempts.unscored(task, "Ray", "submitted");
            Reports.Figures figures = Reports.figures().ai(11, 0.62);
            figures.signals = List.of("activity-dropped");
            figures.hiddenTestFlags = List.of("sitecustomize");
            ScoreComputed base = AssessmentLifecycleResourceTest.score(id, 64.0, "practitioner");
            ScoreComputed event = new ScoreComputed(
                    base.eventId(),
                    base.type(),
                    base.schemaVersion(),
                    base.occurredAt(),
                    id,
                    base.userId(),
                    base.scoringRunId(),
                    base.scoringVersion(),
                    base.scoringModels(),
                    base.finalScore(),
                    base.proficiencyLevel(),
                    base.categoryScores(),
                    base.subitemScores(),
                    base.strengths(),
                    base.improvements(),
                    base.aiHighlights(),
                    Reports.detailedAnalysis(figures),
                    base.failedEvaluators());
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), event);
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() ->
                            as(company).get(PATH).then().statusCode(200).body(row(id) + ".status", equalTo("scored")));
            as(company)
                    .get(PATH)
                    .then()
                    .body(row(id) + ".aiUsage.prompts", equalTo(11))
                    .body(row(id) + ".aiUsage.aiCodeShare", equalTo(0.62f))
                    .body(row(id) + ".integrityFlags", contains("activity-dropped", "sitecustomize"))
                    .body(row(id) + ".stage", equalTo("new"));
        }
    }

    @Test
    void every_parameter_is_checked_and_named() {
        String business = accessToken(KeycloakTokens.BUSINESS);
        Map<String, String> bad = Map.of(
                "taskId", "nope",
                "status", "scored,hired",
                "sortBy", "height",
                "order", "sideways",
                "page", "-1",
                "size", "1000",
                "q", "x".repeat(201),
                "stage", "new,promoted");
        for (Map.Entry<String, String> parameter : bad.entrySet()) {
            given().auth()
                    .oauth2(business)
                    .queryParam(parameter.getKey(), parameter.getValue())
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter.getKey()));
        }
        given().auth()
                .oauth2(business)
                .queryParam("size", "abc")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static RequestSpecification as(TempUser user) {
        return given().auth().oauth2(user.token());
    }

    private static String row(UUID assessmentId) {
        return "candidates.find { it.assessmentId == '" + assessmentId + "' }";
    }
}

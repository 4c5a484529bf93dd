package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scored attempts of the caller's tasks side by side, ranked by score, then hidden tests, then time. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessCompareResourceTest {

    private static final String PATH = "/api/business/candidates/compare";

    @Test
    void candidates_are_compared_on_the_reports_figures_and_ranked_with_tie_breaks() {
        try (TempUser company = TempUsers.business("compare", "Compare GmbH")) {
            Task task = Task.of(company.id(), "Build a REST API");
            Reports.Figures flagged = Reports.figures().score(85).hidden(8, 10).ai(12, 0.8);
            flagged.hiddenTestFlags = List.of("conftest");
            flagged.manipulationAttempts = 1;
            // Same score: B passed more hidden tests than A; C passed as many as B in less time.
            UUID a = SeededAttempts.scored(
                    task,
                    "Ann",
                    "ann@example.test",
                    2000,
                    Reports.figures().score(85).hidden(8, 10));
            UUID b = SeededAttempts.scored(
                    task,
                    "Ben",
                    "ben@example.test",
                    2500,
                    Reports.figures().score(85).hidden(9, 10));
            UUID c = SeededAttempts.scored(
                    task,
                    "Cat",
                    "cat@example.test",
                    1800,
                    Reports.figures().score(85).hidden(9, 10));
            UUID d = SeededAttempts.scored(
                    task,
                    "Dan",
                    "dan@example.test",
                    900,
                    Reports.figures().score(60).hidden(10, 10));
            // A tampered hidden run counts 0 however many passed.
            UUID e = SeededAttempts.scored(task, "Eli", "eli@example.test", 100, flagged);

            compare(company, a, b, c, d, e)
                    .statusCode(200)
                    .body("sameTask", equalTo(true))
                    .body("candidates.assessmentId", contains(ids(a, b, c, d, e)))
                    .body("ranking", contains(ids(c, b, a, e, d)));

            String ann = "candidates[0]";
            compare(company, a, b)
                    .statusCode(200)
                    .body(ann + ".name", equalTo("Ann"))
                    .body(ann + ".taskId", equalTo(task.id().toString()))
                    .body(ann + ".taskTitle", equalTo("Build a REST API"))
                    .body(ann + ".finalScore", equalTo(85.0f))
                    .body(ann + ".level", equalTo("practitioner"))
                    .body(ann + ".categoryScores.outcome_quality", equalTo(80.0f))
                    .body(ann + ".subitemScores.prompt_engineering.clarity_specificity", equalTo(72.0f))
                    .body(ann + ".hiddenTests.total", equalTo(10))
                    .body(ann + ".hiddenTests.passed", equalTo(8))
                    .body(ann + ".hiddenTests.counted", equalTo(true))
                    .body(ann + ".aiUsage.prompts", equalTo(6))
                    .body(ann + ".aiUsage.aiCodeShare", equalTo(0.35f))
                    .body(ann + ".aiUsage.modelsUsed", contains("offline-assistant"))
                    .body(ann + ".aiUsage.inputTokens", equalTo(1200))
                    .body(ann + ".aiUsage.promptQuality.avgOwnWords", equalTo(21))
                    .body(ann + ".aiUsage.promptQuality.promptsWithAnchors", equalTo(4))
                    .body(ann + ".aiUsage.promptQuality.repetitionRate", equalTo(0.17f))
                    .body(ann + ".time.spentSeconds", equalTo(2000))
                    .body(ann + ".time.trackedSeconds", equalTo(1800))
                    .body(ann + ".time.codingSeconds", equalTo(900))
                    .body(ann + ".time.timeLimitSeconds", equalTo(3600))
                    .body(ann + ".integrityFlags", hasSize(0))
                    .body("ranking", contains(ids(b, a)));
            compare(company, e, d)
                    .statusCode(200)
                    .body("candidates[0].integrityFlags", contains("conftest", "manipulation-attempts"))
                    .body("candidates[0].hiddenTests.counted", equalTo(false));

            // Figures an older report does not have are null, not made up.
            Reports.Figures older = Reports.figures().score(50).ai(null, null);
            UUID f = SeededAttempts.scored(task, "Fay", "fay@example.test", 700, older);
            compare(company, f, a)
                    .statusCode(200)
                    .body("candidates[0].aiUsage.prompts", nullValue())
                    .body("candidates[0].aiUsage.aiCodeShare", nullValue());

            // Another task of the same business: not the same task.
            UUID other = SeededAttempts.scored(
                    Task.of(company.id(), "Another task"), "Gus", "gus@example.test", 700, Reports.figures());
            compare(company, a, other).statusCode(200).body("sameTask", equalTo(false));
        }
    }

    @Test
    void only_scored_attempts_on_the_callers_own_tasks_can_be_compared() {
        try (TempUser company = TempUsers.business("mine", "Mine Ltd");
                TempUser rival = TempUsers.business("theirs", "Theirs Ltd")) {
            Task task = Task.of(company.id(), "Own task");
            UUID scored = SeededAttempts.scored(task, "Hal", "hal@example.test", 600, Reports.figures());
            UUID scored2 = SeededAttempts.scored(task, "Ivy", "ivy@example.test", 600, Reports.figures());
            UUID running = SeededAttempts.unscored(task, "Jo", "in_progress");
            UUID submitted = SeededAttempts.unscored(task, "Kit", "submitted");
            UUID theirs = SeededAttempts.scored(
                    Task.of(rival.id(), "Their task"), "Lu", "lu@example.test", 600, Reports.figures());

            compare(company, scored, running, submitted)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://skillslab.dev/problems/not-scored"))
                    .body("assessmentIds", contains(ids(running, submitted)));
            compare(company, scored, theirs).statusCode(404).contentType("application/problem+json");
            compare(company, scored, UUID.randomUUID()).statusCode(404);
            compare(rival, scored, scored2).statusCode(404);
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .queryParam("assessmentIds", scored + "," + scored2)
                    .get(PATH)
                    .then()
                    .statusCode(403);
            given().queryParam("assessmentIds", scored + "," + scored2)
                    .get(PATH)
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void two_to_five_distinct_ids_are_required() {
        try (TempUser company = TempUsers.business("ids", "Ids BV")) {
            UUID one = UUID.randomUUID();
            List<String> bad = List.of(
                    "",
                    one.toString(),
                    one + "," + one,
                    one + ",not-an-id",
                    Stream.generate(UUID::randomUUID)
                            .limit(6)
                            .map(UUID::toString)
                            .collect(Collectors.joining(",")));
            for (String value : bad) {
                given().auth()
                        .oauth2(company.token())
                        .queryParam("assessmentIds", value)
                        .get(PATH)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("assessmentIds"));
            }
            given().auth().oauth2(company.token()).get(PATH).then().statusCode(400);
        }
    }

    private static ValidatableResponse compare(TempUser user, UUID... ids) {
        return given().auth()
                .oauth2(user.token())
                .queryParam("assessmentIds", String.join(",", ids(ids)))
                .get(PATH)
                .then();
    }

    private static String[] ids(UUID... ids) {
        return Stream.of(ids).map(UUID::toString).toArray(String[]::new);
    }
}

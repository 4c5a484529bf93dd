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
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invitation funnel and the score figures of a business's tasks, computed by the database. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessAnalyticsResourceTest {

    private static final String PATH = "/api/business/analytics";

    @Test
    void the_funnel_and_distributions_count_the_callers_own_invitations_and_attempts() {
        try (TempUser company = TempUsers.business("analytics", "Analytics GmbH")) {
            Task task = Task.of(company.id(), "Measured task");
            Map<String, Double> categories = Map.of("planning", 50.0, "outcome_quality", 90.0);
            // Invitations: one waiting, one started, one submitted, one scored.
            SeededAttempts.invited(task, "sent", null, null);
            SeededAttempts.invited(task, "accepted", "in_progress", null);
            SeededAttempts.invited(task, "completed", "submitted", null);
            Reports.Figures invitedScore = Reports.figures().score(95).ai(4, 1.0);
            invitedScore.categoryScores = categories;
            SeededAttempts.invited(task, "completed", "scored", invitedScore);
            // Attempts taken without an invitation (a public task).
            Reports.Figures low = Reports.figures().score(5).ai(10, 0.1);
            low.categoryScores = Map.of("planning", 30.0, "outcome_quality", 10.0);
            SeededAttempts.scored(task, "P1", "p1@example.test", 1000, low);
            SeededAttempts.scored(
                    task,
                    "P2",
                    "p2@example.test",
                    3000,
                    Reports.figures().score(15).ai(null, null));
            SeededAttempts.scored(
                    task,
                    "P3",
                    "p3@example.test",
                    2000,
                    Reports.figures().score(100).ai(2, 0.5));
            SeededAttempts.unscored(task, "P4", "pending");
            // Another task of the same business.
            SeededAttempts.scored(Task.of(company.id(), "Other"), "O", "o@example.test", 10, Reports.figures());

            as(company)
                    .queryParam("taskId", task.id().toString())
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("taskId", equalTo(task.id().toString()))
                    .body("funnel.invited", equalTo(4))
                    .body("funnel.opened", equalTo(3))
                    .body("funnel.accepted", equalTo(3))
                    .body("funnel.started", equalTo(3))
                    .body("funnel.submitted", equalTo(2))
                    .body("funnel.scored", equalTo(1))
                    .body("completionRate", equalTo(0.5f))
                    .body("attempts.total", equalTo(7))
                    .body("attempts.started", equalTo(6))
                    .body("attempts.submitted", equalTo(5))
                    .body("attempts.scored", equalTo(4))
                    .body("averageScore", equalTo(53.75f))
                    .body("scoreDistribution", hasSize(10))
                    .body("scoreDistribution.count", contains(1, 1, 0, 0, 0, 0, 0, 0, 0, 2))
                    .body("scoreDistribution[9].from", equalTo(90.0f))
                    .body("scoreDistribution[9].to", equalTo(100.0f))
                    // planning: 50, 30, 60, 60; outcome_quality: 90, 10, 80, 80
                    .body("averageByCategory.planning", equalTo(50.0f))
                    .body("averageByCategory.outcome_quality", equalTo(65.0f))
                    .body("averageByCategory.prompt_engineering", equalTo(70.0f))
                    // 1000, 1200 and 1200 (the invited submitted and scored ones), 2000, 3000
                    .body("medianTimeSpentSeconds", equalTo(1200.0f))
                    .body("aiUsageDistribution.aiCodeShare.count", contains(1, 0, 1, 0, 1))
                    .body("aiUsageDistribution.withoutAiCodeShare", equalTo(1))
                    .body("aiUsageDistribution.medianPrompts", equalTo(4.0f));

            // All tasks: the other task's attempt counts too.
            as(company).get(PATH).then().statusCode(200).body("attempts.total", equalTo(8));

            // A period the rows are not in.
            String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
            as(company)
                    .queryParam("from", tomorrow)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("funnel.invited", equalTo(0))
                    .body("completionRate", nullValue())
                    .body("attempts.total", equalTo(0))
                    .body("scoreDistribution.count", contains(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                    .body("medianTimeSpentSeconds", nullValue());
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            as(company)
                    .queryParam("taskId", task.id().toString())
                    .queryParam(
                            "from", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                    .queryParam("to", today)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("funnel.invited", equalTo(4))
                    .body("attempts.total", equalTo(7));
        }
    }

    @Test
    void periods_are_checked_and_nobody_else_sees_the_figures() {
        try (TempUser company = TempUsers.business("figures", "Figures AG");
                TempUser rival = TempUsers.business("peek", "Peek Ltd")) {
            Task task = Task.of(company.id(), "Private figures");
            SeededAttempts.scored(task, "Q", "q@example.test", 600, Reports.figures());
            as(company)
                    .queryParam("from", "2026-03-02")
                    .queryParam("to", "2026-03-01")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("from"));
            as(company)
                    .queryParam("from", "last week")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            as(company)
                    .queryParam("to", "2026-02-30")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("to"));
            as(rival)
                    .queryParam("taskId", task.id().toString())
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("attempts.total", equalTo(0))
                    .body("funnel.invited", equalTo(0));
            given().auth().oauth2(accessToken(CANDIDATE)).get(PATH).then().statusCode(403);
            given().get(PATH).then().statusCode(401);
        }
    }

    private static RequestSpecification as(TempUser user) {
        return given().auth().oauth2(user.token());
    }
}

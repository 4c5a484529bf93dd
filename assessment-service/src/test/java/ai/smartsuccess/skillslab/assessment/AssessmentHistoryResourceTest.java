package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's history: the list's date filters and paging total, and progress over time. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AssessmentHistoryResourceTest {

    @Test
    void the_list_filters_by_creation_day_and_counts_every_match_for_paging() {
        try (TempUser user = TempUsers.individual("history-list")) {
            Task task = Task.of("company-" + UUID.randomUUID(), "Rate limiter");
            UUID march = scored(user, task, 60, "2026-03-10T12:00:00Z", "2026-03-10T13:00:00Z");
            UUID april = scored(user, task, 70, "2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z");
            UUID aprilLate = scored(user, task, 80, "2026-04-30T23:30:00Z", "2026-05-01T00:10:00Z");

            JsonPath all = list(user, "limit", "2");
            assertThat(all.getLong("total")).isEqualTo(3);
            assertThat(all.getList("assessments.id")).containsExactly(aprilLate.toString(), april.toString());
            assertThat(list(user, "limit", "2", "offset", "2").getList("assessments.id"))
                    .containsExactly(march.toString());

            JsonPath inApril = list(user, "from", "2026-04-01", "to", "2026-04-30");
            assertThat(inApril.getLong("total")).isEqualTo(2);
            assertThat(inApril.getList("assessments.id")).containsExactly(aprilLate.toString(), april.toString());
            assertThat(list(user, "to", "2026-03-31").getList("assessments.id")).containsExactly(march.toString());
            assertThat(list(user, "from", "2026-04-30", "taskId", task.id().toString(), "status", "scored")
                            .getList("assessments.id"))
                    .containsExactly(aprilLate.toString());
            assertThat(list(user, "from", "2026-05-01").getLong("total")).isZero();

            for (String[] bad :
                    List.of(new String[] {"from", "2026-13-01"}, new String[] {"to", "yesterday"}, new String[] {
                        "from", "2026-04-01T00:00:00Z"
                    })) {
                given().auth()
                        .oauth2(user.token())
                        .queryParam(bad[0], bad[1])
                        .get("/api/assessments")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", hasItem(bad[0]));
            }
            given().auth()
                    .oauth2(user.token())
                    .queryParam("from", "2026-04-10")
                    .queryParam("to", "2026-04-01")
                    .get("/api/assessments")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("to"));
        }
    }

    @Test
    void progress_lists_the_owners_scored_attempts_oldest_first_with_their_category_scores() {
        try (TempUser user = TempUsers.individual("history-progress");
                TempUser other = TempUsers.individual("history-else")) {
            Task task = Task.of("company-" + UUID.randomUUID(), "Cache layer");
            UUID second = scored(user, task, 72, "2026-02-01T10:00:00Z", "2026-02-01T11:00:00Z");
            UUID first = scored(user, task, 55, "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
            SeededAttempts.unscored(task, "Not me", "submitted");
            scored(other, task, 99, "2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z");

            JsonPath progress = given().auth()
                    .oauth2(user.token())
                    .get("/api/assessments/progress")
                    .then()
                    .statusCode(200)
                    .body("points", hasSize(2))
                    .body("points[0].assessmentId", equalTo(first.toString()))
                    .body("points[0].finalScore", equalTo(55.0f))
                    .body("points[0].taskTitle", equalTo("Cache layer"))
                    .body("points[0].categoryScores.outcome_quality", equalTo(80.0f))
                    .body("points[1].assessmentId", equalTo(second.toString()))
                    .extract()
                    .jsonPath();
            assertThat(OffsetDateTime.parse(progress.getString("points[0].scoredAt"))
                            .toInstant())
                    .isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
            try (TempUser none = TempUsers.individual("history-none")) {
                given().auth()
                        .oauth2(none.token())
                        .get("/api/assessments/progress")
                        .then()
                        .statusCode(200)
                        .body("points", hasSize(0));
            }
            given().get("/api/assessments/progress").then().statusCode(401);
        }
    }

    private static UUID scored(TempUser user, Task task, double score, String createdAt, String scoredAt) {
        UUID id = SeededAttempts.scored(
                task, user.id(), "Me", user.email(), 1200, Reports.figures().score(score));
        TestDatabase.execute(
                "update assessment.assessments set created_at = ?::timestamptz, scored_at = ?::timestamptz"
                        + " where id = ?",
                createdAt,
                scoredAt,
                id);
        return id;
    }

    private static JsonPath list(TempUser user, String... parameters) {
        var request = given().auth().oauth2(user.token());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/assessments").then().statusCode(200).extract().jsonPath();
    }
}

package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person's copy of their data here: their assessments, chat and scores; nobody else's, no hidden test output. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class PersonalExportResourceTest {

    static final String PATH = "/api/assessments/export";

    @Test
    void the_export_holds_the_callers_assessments_chat_and_score_and_nothing_of_anyone_else() {
        SeededAttempts.Task task = SeededAttempts.Task.of("business-" + UUID.randomUUID(), "Build an API");
        try (TempUser me = TempUsers.individual("export")) {
            UUID mine = SeededAttempts.scored(task, me.id(), "Ada Export", me.email(), 1800, Reports.figures());
            UUID theirs = SeededAttempts.scored(
                    task,
                    "someone-" + UUID.randomUUID(),
                    "Other Person",
                    "other@example.test",
                    1200,
                    Reports.figures());
            chat(mine, "MY-OWN-PROMPT please plan the API");
            chat(theirs, "THEIR-PROMPT nobody else may read");
            // What only the task's owner reads: the hidden suite's output.
            TestDatabase.execute(
                    "update assessment.scores set report = jsonb_set(report, '{detailedAnalysis,testing}',"
                            + " '{\"hiddenTests\": {\"ran\": true, \"total\": 3, \"passed\": 2,"
                            + " \"failedTests\": [\"test_delete\"], \"error\": \"SECRET-HIDDEN-SOURCE\"}}'::jsonb)"
                            + " where assessment_id = ?",
                    mine);

            String body = given().auth()
                    .oauth2(me.token())
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();

            JsonPath export = JsonPath.from(body);
            assertThat(export.getList("assessments.id", String.class)).containsExactly(mine.toString());
            assertThat(export.getString("assessments[0].viewer")).isEqualTo("candidate");
            assertThat(export.getString("assessments[0].candidate.email")).isEqualTo(me.email());
            assertThat(export.getList("assessments[0].chatHistory.content", String.class))
                    .containsExactly("MY-OWN-PROMPT please plan the API");
            assertThat(export.getDouble("assessments[0].score.finalScore")).isPositive();
            assertThat(export.getInt("assessments[0].score.detailedAnalysis.testing.hiddenTests.passed"))
                    .isEqualTo(2);
            assertThat(export.getBoolean("truncated")).isFalse();
            assertThat(export.getInt("totalAssessments")).isEqualTo(1);
            assertThat(body)
                    .doesNotContain(theirs.toString())
                    .doesNotContain("THEIR-PROMPT")
                    .doesNotContain("other@example.test")
                    .doesNotContain("SECRET-HIDDEN-SOURCE");
        }
    }

    @Test
    void without_a_token_there_is_no_export() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    private static void chat(UUID assessmentId, String content) {
        TestDatabase.execute(
                "insert into assessment.chat_messages (id, assessment_id, role, content, request_id)"
                        + " values (?, ?, 'user', ?, ?)",
                UUID.randomUUID(),
                assessmentId,
                content,
                UUID.randomUUID());
    }
}

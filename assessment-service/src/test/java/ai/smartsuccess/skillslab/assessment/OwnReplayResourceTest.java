package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.support.SessionEvidence.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.assessment.support.SessionEvidence;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The candidate's replay of their own scored session: the business's timeline without what is the business's. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class OwnReplayResourceTest {

    @Test
    void the_owner_replays_a_scored_session_without_hidden_test_details_or_integrity_signals() {
        try (TempUser candidate = TempUsers.individual("replay-own");
                TempUser other = TempUsers.individual("replay-other")) {
            Reports.Figures figures = Reports.figures().score(75).hidden(2, 3);
            figures.hiddenTestFlags = List.of("conftest");
            UUID id = SeededAttempts.scored(
                    Task.of("company-" + UUID.randomUUID(), "Build a REST API"),
                    candidate.id(),
                    "Cy",
                    candidate.email(),
                    1800,
                    figures);
            SessionEvidence.submission(id, Map.of("app.py", "one\nold\nthree\n"), List.of("conftest"));
            Instant start = ((java.sql.Timestamp)
                            TestDatabase.value("select started_at from assessment.assessments where id = ?", id))
                    .toInstant();
            SessionEvidence.trackingObject(
                    id,
                    1,
                    List.of(
                            event(
                                    "s1",
                                    "code_snapshot",
                                    start.plusSeconds(60),
                                    "client",
                                    Map.of("path", "app.py", "content", "one\nnew\nthree\n")),
                            event(
                                    "i1",
                                    "integrity_signal",
                                    start.plusSeconds(90),
                                    "server",
                                    Map.of("code", "evidence-incomplete", "secretDetail", "sandbox-internal-xyz")),
                            event(
                                    "c1",
                                    "terminal_command",
                                    start.plusSeconds(120),
                                    "server",
                                    Map.of("command", "ls"))));
            SessionEvidence.chat(id, "user", "How do I start?", null, start.plusSeconds(30));

            String body = given().auth()
                    .oauth2(candidate.token())
                    .get("/api/assessments/" + id + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("assessmentId", equalTo(id.toString()))
                    .extract()
                    .asString();
            JsonPath timeline = JsonPath.from(body);
            List<String> kinds = timeline.getList("timeline.kind");
            assertThat(kinds).contains("file-change", "command", "submit", "test-run");
            assertThat(kinds).doesNotContain("integrity");
            assertThat(timeline.getString("timeline.find { it.kind == 'file-change' }.diff"))
                    .contains("-old")
                    .contains("+new");
            assertThat(timeline.getString("timeline.find { it.kind == 'file-change' }.content"))
                    .isEqualTo("one\nnew\nthree\n");
            // The hidden run only as the counts the candidate's report shows.
            Map<String, Object> hidden = timeline.getMap("timeline.find { it.hidden == true }");
            assertThat(hidden)
                    .containsEntry("testsTotal", 3)
                    .containsEntry("testsPassed", 2)
                    .containsEntry("testsFailed", 1)
                    .doesNotContainKeys("durationMs", "eventId", "details", "code");
            assertThat(timeline.getInt("timelineSummary.entries")).isEqualTo(kinds.size());
            assertThat(timeline.getList("chat.content")).containsExactly("How do I start?");
            // Nothing of the hidden suite's tests, its integrity flags, or the integrity signal's internals.
            assertThat(body)
                    .doesNotContain("test_delete_missing")
                    .doesNotContain("AssertionError")
                    .doesNotContain("conftest")
                    .doesNotContain("evidence-incomplete")
                    .doesNotContain("sandbox-internal-xyz")
                    .doesNotContain("python-unittest");

            given().auth()
                    .oauth2(other.token())
                    .get("/api/assessments/" + id + "/timeline")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/assessments/" + id + "/timeline").then().statusCode(401);
        }
    }

    @Test
    void a_session_not_scored_yet_has_no_replay() {
        try (TempUser candidate = TempUsers.individual("replay-early")) {
            UUID id =
                    SeededAttempts.unscored(Task.of("company-" + UUID.randomUUID(), "Queue worker"), "Cy", "submitted");
            TestDatabase.execute("update assessment.assessments set user_id = ? where id = ?", candidate.id(), id);
            given().auth()
                    .oauth2(candidate.token())
                    .get("/api/assessments/" + id + "/timeline")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://skillslab.dev/problems/not-scored"));
        }
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.support.SessionEvidence.event;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.service.report.ReportCacheEraser;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.assessment.support.SessionEvidence;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The business's evidence report of an attempt on its own task: JSON with the replay timeline, and the PDF. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessReportsResourceTest {

    private static final String PATH = "/api/business/reports/";

    @Test
    void only_the_tasks_creator_reads_the_report() {
        try (TempUser company = TempUsers.business("rep-owner", "Owner GmbH");
                TempUser rival = TempUsers.business("rep-rival", "Rival GmbH")) {
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Own task"), "Hal", "hal@example.test", 600, Reports.figures());
            for (String path : List.of(PATH + id, PATH + id + "/pdf")) {
                given().auth().oauth2(company.token()).get(path).then().statusCode(200);
                given().auth()
                        .oauth2(rival.token())
                        .get(path)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
                given().auth()
                        .oauth2(company.token())
                        .get(path.replace(id.toString(), UUID.randomUUID().toString()))
                        .then()
                        .statusCode(404);
                given().auth().oauth2(accessToken(CANDIDATE)).get(path).then().statusCode(403);
                given().get(path).then().statusCode(401);
            }
        }
    }

    @Test
    void the_report_has_the_full_score_the_chat_and_a_timeline_in_time_order() {
        try (TempUser company = TempUsers.business("rep-shape", "Shape Ltd")) {
            Reports.Figures figures = Reports.figures().score(85).hidden(2, 3).ai(4, 0.4);
            figures.level = "innovator";
            figures.hiddenTestFlags = List.of("conftest");
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Build a REST API"), "Ann Lee", "ann@example.test", 1800, figures);
            SessionEvidence.submission(id, Map.of("app.py", "line one\nold line\nline three\n"), List.of("conftest"));
            Instant start = startedAt(id);
            // Two objects, the second holding an event that happened before the last of the first (a late client
            // batch): the timeline is in time order, not in stored order.
            SessionEvidence.trackingObject(
                    id,
                    1,
                    List.of(
                            event(
                                    "p1",
                                    "ai_prompt",
                                    start.plusSeconds(60),
                                    "server",
                                    Map.of(
                                            "model",
                                            "offline-assistant",
                                            "provider",
                                            "offline",
                                            "prompt",
                                            "How do I start?",
                                            "requestId",
                                            "r1")),
                            event(
                                    "a1",
                                    "ai_response",
                                    start.plusSeconds(62),
                                    "server",
                                    Map.of(
                                            "model",
                                            "offline-assistant",
                                            "response",
                                            "Begin with the routes.",
                                            "inputTokens",
                                            30,
                                            "outputTokens",
                                            12,
                                            "requestId",
                                            "r1",
                                            "complete",
                                            true)),
                            event(
                                    "c1",
                                    "terminal_command",
                                    start.plusSeconds(200),
                                    "server",
                                    Map.of("command", "python -m unittest"))));
            SessionEvidence.trackingObject(
                    id,
                    2,
                    List.of(
                            event(
                                    "s1",
                                    "code_snapshot",
                                    start.plusSeconds(120),
                                    "client",
                                    Map.of("path", "app.py", "content", "line one\nnew line\nline three\n")),
                            event(
                                    "t1",
                                    "test_run",
                                    start.plusSeconds(240),
                                    "server",
                                    Map.of(
                                            "command",
                                            "python -m unittest",
                                            "exitCode",
                                            1,
                                            "durationMs",
                                            900,
                                            "timedOut",
                                            false,
                                            "stopped",
                                            false)),
                            event("f1", "focus_change", start.plusSeconds(250), "client", Map.of("focused", false)),
                            event(
                                    "v1",
                                    "copy_paste",
                                    start.plusSeconds(260),
                                    "client",
                                    Map.of(
                                            "direction",
                                            "paste",
                                            "source",
                                            "chat",
                                            "path",
                                            "app.py",
                                            "length",
                                            9,
                                            "content",
                                            "x = 1\n")),
                            event("bad", "not_a_type", start.plusSeconds(270), "client", Map.of())));
            SessionEvidence.chat(id, "user", "How do I start?", null, start.plusSeconds(60));
            SessionEvidence.chat(id, "assistant", "Begin with the routes.", "offline-assistant", start.plusSeconds(62));

            JsonPath report = given().auth()
                    .oauth2(company.token())
                    .get(PATH + id)
                    .then()
                    .statusCode(200)
                    .body("assessmentId", equalTo(id.toString()))
                    .body("candidate.name", equalTo("Ann Lee"))
                    .body("candidate.email", equalTo("ann@example.test"))
                    .body("task.title", equalTo("Build a REST API"))
                    .body("status", equalTo("scored"))
                    .body("timeSpentSeconds", equalTo(1800))
                    .body("submittedAt", notNullValue())
                    .body("score.finalScore", equalTo(85.0f))
                    .body("score.proficiencyLevel", equalTo("innovator"))
                    .body("score.categoryScores.outcome_quality", equalTo(80.0f))
                    // The owner's view: the hidden run's integrity flags the candidate's view leaves out.
                    .body("score.detailedAnalysis.integrity.hiddenTestFlags", contains("conftest"))
                    .body("scoreVersion.eventId", notNullValue())
                    .body("scoreVersion.earlierRevisions", equalTo(0))
                    .body("hiddenTests.total", equalTo(3))
                    .body("hiddenTests.passed", equalTo(2))
                    .body("hiddenTests.counted", equalTo(false))
                    .body("hiddenTests.tests[2].message", containsString("500 != 404"))
                    .body("aiUsage.source", equalTo("score-report"))
                    .body("aiUsage.prompts", equalTo(4))
                    .body("aiUsage.aiCodeShare", equalTo(0.4f))
                    .body("aiUsage.modelsUsed", contains("offline-assistant"))
                    .body("integrityFlags", contains("conftest"))
                    .body("chat", hasSize(2))
                    .body("chat[1].role", equalTo("assistant"))
                    .body("timelineSummary.trackingObjects", equalTo(2))
                    .body("timelineSummary.events", equalTo(7))
                    .body("timelineSummary.skippedEvents", equalTo(1))
                    .extract()
                    .jsonPath();

            List<String> kinds = report.getList("timeline.kind");
            assertThat(kinds)
                    .containsExactly(
                            "prompt",
                            "answer",
                            "file-change",
                            "command",
                            "test-run",
                            "focus",
                            "paste",
                            "submit",
                            "test-run");
            List<String> at = report.getList("timeline.at");
            assertThat(at.stream().map(Instant::parse).toList()).isSorted();
            assertThat(report.getDouble("timeline[0].offsetSeconds")).isCloseTo(60.0, within(0.01));
            assertThat(report.getString("timeline[0].text")).isEqualTo("How do I start?");
            assertThat(report.getString("timeline[0].eventId")).isEqualTo("p1");
            assertThat(report.getString("timeline[1].text")).isEqualTo("Begin with the routes.");
            assertThat(report.getInt("timeline[1].outputTokens")).isEqualTo(12);

            Map<String, Object> change = report.getMap("timeline[2]");
            assertThat(change)
                    .containsEntry("path", "app.py")
                    .containsEntry("op", "edit")
                    .containsEntry("content", "line one\nnew line\nline three\n")
                    .containsEntry("linesAdded", 1)
                    .containsEntry("linesRemoved", 1)
                    .containsEntry("contentTruncated", false);
            // Diffed against the starter file.
            assertThat((String) change.get("diff"))
                    .contains("--- a/app.py", "+++ b/app.py", "-old line", "+new line", " line one");
            assertThat(change).doesNotContainKeys("command", "text");

            assertThat(report.getString("timeline[3].command")).isEqualTo("python -m unittest");
            assertThat(report.getInt("timeline[4].exitCode")).isEqualTo(1);
            assertThat(report.getBoolean("timeline[4].hidden")).isFalse();
            assertThat(report.getBoolean("timeline[5].focused")).isFalse();
            assertThat(report.getString("timeline[6].origin")).isEqualTo("chat");
            assertThat(report.getString("timeline[6].text")).isEqualTo("x = 1\n");
            assertThat(report.getString("timeline[7].recordedBy")).isEqualTo("platform");
            assertThat(report.getBoolean("timeline[8].hidden")).isTrue();
            assertThat(report.getInt("timeline[8].testsPassed")).isEqualTo(2);
            assertThat(report.getInt("timeline[8].testsFailed")).isEqualTo(1);
        }
    }

    @Test
    void an_attempt_not_scored_yet_has_a_report_without_score_and_no_pdf() {
        try (TempUser company = TempUsers.business("rep-unscored", "Waiting Ltd")) {
            Task task = Task.of(company.id(), "Pending task");
            UUID submitted = SeededAttempts.unscored(task, "Kit", "submitted");
            given().auth()
                    .oauth2(company.token())
                    .get(PATH + submitted)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("submitted"))
                    .body("score", nullValue())
                    .body("scoreVersion", nullValue())
                    .body("aiUsage.source", equalTo("chat"))
                    .body("timeline.kind", contains("submit"));
            given().auth()
                    .oauth2(company.token())
                    .get(PATH + submitted + "/pdf")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://skillslab.dev/problems/not-scored"));
        }
    }

    @Test
    void the_pdf_shows_the_candidate_and_score_and_is_kept_until_the_score_changes() throws IOException {
        try (TempUser company = TempUsers.business("rep-pdf", "Pdf AG")) {
            Reports.Figures figures = Reports.figures().score(85).hidden(2, 3);
            figures.level = "architect";
            figures.manipulationAttempts = 1;
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Build <b>a</b> REST API"),
                    "Zoë Ångström <script>",
                    "zoe@example.test",
                    1800,
                    figures);
            SessionEvidence.submission(id, Map.of("app.py", "print('hi')\n"), List.of());
            Map<String, Object> report = Reports.report(figures);
            report.put(
                    "strengths",
                    List.of(Map.of(
                            "category", "prompt_engineering",
                            "subitem", "clarity_specificity",
                            "text", "Precise prompts that named the file & the failing test.",
                            "evidence",
                                    List.of(Map.of(
                                            "eventId", "p1",
                                            "timestamp", "2026-01-01T10:01:00Z",
                                            "description", "Asked for the 404 case of DELETE /todos/{id}")))));
            report.put(
                    "improvements",
                    List.of(Map.of(
                            "category",
                            "outcome_quality",
                            "text",
                            "Edge cases were left untested.",
                            "evidence",
                            List.of())));
            TestDatabase.execute(
                    "update assessment.scores set report = ?::jsonb where assessment_id = ?",
                    SessionEvidence.json(report),
                    id);
            LocalDate submittedOn = LocalDate.ofInstant(submittedAt(id), ZoneOffset.UTC);

            Response first = pdf(company, id);
            first.then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .header(
                            "Content-Disposition",
                            equalTo("attachment; filename=\"skillslab-report-zoe-angstrom-script-" + submittedOn
                                    + ".pdf\""))
                    .header("X-Report-Cache", equalTo("miss"));
            byte[] bytes = first.asByteArray();
            String text = text(bytes);
            assertThat(text)
                    .contains("Zoë Ångström <script>", "Build <b>a</b> REST API", "85", "Architect")
                    .contains("Planning", "Outcome quality", "test_delete_missing", "500 != 404")
                    .contains("manipulation-attempts", "give me 100")
                    .contains("Precise prompts that named the file & the failing test.", "10:01:00")
                    .contains("Asked for the 404 case of DELETE /todos/{id}", "Edge cases were left untested.");

            List<String> kept = keptPdfs(id);
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0)).startsWith("assessments/" + id + "/evidence-report-");
            Response second = pdf(company, id);
            second.then().statusCode(200).header("X-Report-Cache", equalTo("hit"));
            assertThat(second.asByteArray()).isEqualTo(bytes);

            // A re-score: a new report under a new event id makes a new PDF, and the old one goes.
            Reports.Figures rescored = Reports.figures().score(52);
            rescored.level = "operator";
            TestDatabase.execute(
                    "update assessment.scores set event_id = ?, report = ?::jsonb where assessment_id = ?",
                    UUID.randomUUID(),
                    SessionEvidence.json(Reports.report(rescored)),
                    id);
            Response third = pdf(company, id);
            third.then().statusCode(200).header("X-Report-Cache", equalTo("miss"));
            assertThat(text(third.asByteArray())).contains("52", "Operator").doesNotContain("Architect");
            List<String> afterRescore = keptPdfs(id);
            assertThat(afterRescore).hasSize(1).doesNotContainAnyElementsOf(kept);

            // The candidate deletes their account: the sweep removes the PDF showing their name.
            TestDatabase.execute("update assessment.assessments set erasure_requested_at = now() where id = ?", id);
            Arc.container()
                    .instance(ReportCacheEraser.class)
                    .get()
                    .sweep()
                    .await()
                    .atMost(Duration.ofSeconds(30));
            assertThat(keptPdfs(id)).isEmpty();
        }
    }

    private static Response pdf(TempUser user, UUID id) {
        return given().auth().oauth2(user.token()).get(PATH + id + "/pdf");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> keptPdfs(UUID id) {
        S3Client s3 = Arc.container().instance(S3Client.class).get();
        return s3.listObjectsV2(r -> r.bucket("reports").prefix("assessments/" + id + "/")).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    private static Instant startedAt(UUID id) {
        return ((java.sql.Timestamp)
                        TestDatabase.value("select started_at from assessment.assessments where id = ?", id))
                .toInstant()
                .truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant submittedAt(UUID id) {
        return ((java.sql.Timestamp)
                        TestDatabase.value("select submitted_at from assessment.assessments where id = ?", id))
                .toInstant();
    }
}

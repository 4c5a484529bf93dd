package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Audit entries on {@code test.audit}, written through the outbox with the action: invitations sent and cancelled,
 * business reports viewed and exported (JSON, PDF, the candidates CSV), and refused attempts at them, with who did it and
 * from where the gateway says the request came.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AuditTrailResourceTest {

    private static final String AUDIT = "test.audit";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADDRESS = "X-Skills-Lab-Client-Address";

    @Test
    void sending_and_cancelling_an_invitation_are_audited() {
        try (TempUser company = TempUsers.business("audit-inv", "Audit Invite Co");
                KafkaTopics.Reader audit = new KafkaTopics.Reader(AUDIT)) {
            UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(company.id()));
            String invitationId = given().auth()
                    .oauth2(company.token())
                    .header(ADDRESS, "203.0.113.5")
                    .header("User-Agent", "audit-invite-test")
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString(), "recipientEmail", "audit-invitee@example.test"))
                    .post("/api/invitations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("invitationId");

            JsonNode sent = action(audit, "invitation:" + invitationId, "invitation.sent");
            assertThat(sent.path("actorId").asText()).isEqualTo(company.id());
            assertThat(sent.path("actorRole").asText()).isEqualTo("business");
            assertThat(sent.path("actorService").asText()).isEqualTo("assessment-service");
            assertThat(sent.path("targetId").asText()).isEqualTo(invitationId);
            assertThat(sent.path("clientAddress").asText()).isEqualTo("203.0.113.5");
            assertThat(sent.path("userAgent").asText()).isEqualTo("audit-invite-test");
            assertThat(sent.path("details").path("taskId").asText()).isEqualTo(task.toString());
            // Nothing personal about the recipient travels with the entry.
            assertThat(sent.toString()).doesNotContain("audit-invitee@example.test");

            given().auth()
                    .oauth2(company.token())
                    .delete("/api/invitations/" + invitationId)
                    .then()
                    .statusCode(204);
            JsonNode cancelled = action(audit, "invitation:" + invitationId, "invitation.cancelled");
            assertThat(cancelled.path("actorId").asText()).isEqualTo(company.id());
            // Without the gateway's header the address is unknown (the test plays the gateway above).
            assertThat(cancelled.path("clientAddress").isNull()).isTrue();
        }
    }

    @Test
    void viewing_and_exporting_business_reports_are_audited() {
        try (TempUser company = TempUsers.business("audit-rep", "Audit Report Co");
                KafkaTopics.Reader audit = new KafkaTopics.Reader(AUDIT)) {
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Audited task"), "Ida", "ida@example.test", 600, Reports.figures());
            String key = "assessment:" + id;
            given().auth()
                    .oauth2(company.token())
                    .get("/api/business/reports/" + id)
                    .then()
                    .statusCode(200);
            assertThat(action(audit, key, "report.viewed")
                            .path("details")
                            .path("format")
                            .asText())
                    .isEqualTo("json");

            given().auth()
                    .oauth2(company.token())
                    .header(ADDRESS, "2001:db8::7")
                    .get("/api/business/reports/" + id + "/pdf")
                    .then()
                    .statusCode(200);
            JsonNode pdf = action(audit, key, "report.exported");
            assertThat(pdf.path("details").path("format").asText()).isEqualTo("pdf");
            assertThat(pdf.path("clientAddress").asText()).isEqualTo("2001:db8::7");
            assertThat(pdf.path("actorId").asText()).isEqualTo(company.id());

            given().auth()
                    .oauth2(company.token())
                    .get("/api/business/candidates/export?format=csv")
                    .then()
                    .statusCode(200);
            JsonNode csv = audit.awaitMatching(
                    "task:",
                    node -> "candidates.exported".equals(node.path("action").asText())
                            && company.id().equals(node.path("actorId").asText()),
                    WAIT);
            assertThat(csv.path("details").path("format").asText()).isEqualTo("csv");
            assertThat(csv.path("actorId").asText()).isEqualTo(company.id());

            // A report someone else asks for is not theirs: refused, and the refusal is recorded (never a view).
            try (TempUser rival = TempUsers.business("audit-rival", "Rival Co")) {
                given().auth()
                        .oauth2(rival.token())
                        .get("/api/business/reports/" + id)
                        .then()
                        .statusCode(404);
                given().auth()
                        .oauth2(rival.token())
                        .get("/api/business/reports/" + id + "/pdf")
                        .then()
                        .statusCode(404);
                JsonNode view = refusal(audit, key, rival.id(), "report.viewed");
                assertThat(view.path("actorRole").asText()).isEqualTo("business");
                assertThat(view.path("details").path("format").asText()).isEqualTo("json");
                assertThat(refusal(audit, key, rival.id(), "report.exported")
                                .path("details")
                                .path("format")
                                .asText())
                        .isEqualTo("pdf");
                assertThat(audit.all(key).stream()
                                .filter(node ->
                                        rival.id().equals(node.path("actorId").asText()))
                                .filter(node ->
                                        !"denied".equals(node.path("outcome").asText())))
                        .isEmpty();
            }
            // A candidate is no business: 403, recorded as well.
            try (TempUser candidate = TempUsers.individual("audit-cand")) {
                given().auth()
                        .oauth2(candidate.token())
                        .header(ADDRESS, "192.0.2.9")
                        .get("/api/business/reports/" + id)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json");
                given().auth()
                        .oauth2(candidate.token())
                        .get("/api/business/reports/" + id + "/pdf")
                        .then()
                        .statusCode(403);
                JsonNode view = refusal(audit, key, candidate.id(), "report.viewed");
                assertThat(view.path("actorRole").asText()).isEqualTo("individual");
                assertThat(view.path("clientAddress").asText()).isEqualTo("192.0.2.9");
                refusal(audit, key, candidate.id(), "report.exported");
            }
            // Anonymous: 401 as before.
            given().get("/api/business/reports/" + id).then().statusCode(401);
        }
    }

    private static JsonNode refusal(KafkaTopics.Reader audit, String key, String actorId, String action) {
        return audit.awaitMatching(
                key,
                node -> action.equals(node.path("action").asText())
                        && actorId.equals(node.path("actorId").asText())
                        && "denied".equals(node.path("outcome").asText()),
                WAIT);
    }

    private static JsonNode action(KafkaTopics.Reader audit, String key, String action) {
        return audit.awaitMatching(
                key, node -> action.equals(node.path("action").asText()), WAIT);
    }
}

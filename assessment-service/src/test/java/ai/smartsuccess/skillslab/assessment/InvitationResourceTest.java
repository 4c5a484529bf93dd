package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.support.Database;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.assessment.support.TempUsers;
import ai.smartsuccess.skillslab.assessment.support.TempUsers.TempUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class InvitationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_business_invites_a_candidate_who_accepts_takes_the_task_and_the_business_sees_the_score() throws Exception {
        String business = accessToken(BUSINESS);
        String businessId = KeycloakTokens.subject(BUSINESS);
        // Private: task-service does not show it to the candidate (until it has consumed InvitationAccepted).
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(businessId));
        try (TempUser candidate = TempUsers.individual("invitee");
                KafkaTopics.Reader events = new KafkaTopics.Reader(KafkaTopics.INVITATIONS)) {
            String invitedAs = candidate.email().toUpperCase(Locale.ROOT);
            ExtractableResponse<Response> created = given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "taskId",
                            task.toString(),
                            "recipientEmail",
                            invitedAs,
                            "recipientName",
                            "Ada Lovelace",
                            "message",
                            "We would love to see how you work with AI."))
                    .post("/api/invitations")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("sent"))
                    .body("accessLink", matchesPattern("http://localhost:8080/invite/[A-Za-z0-9_-]{43}"))
                    .extract();
            UUID invitationId = UUID.fromString(created.path("invitationId"));
            String link = created.path("accessLink");
            String token = link.substring(link.lastIndexOf('/') + 1);

            JsonNode sent = events.await(invitationId.toString(), "InvitationCreated", EVENT_WAIT);
            assertThat(sent.path("accessUrl").asText()).isEqualTo(link);
            assertThat(sent.path("companyName").asText()).isEqualTo("Demo Corp");
            assertThat(sent.path("senderName").asText()).isEqualTo("Blake Business");
            assertThat(sent.path("senderId").asText()).isEqualTo(businessId);
            assertThat(sent.path("taskTitle").asText()).isEqualTo("Build a REST API with AI Assistance");
            assertThat(sent.path("recipientEmail").asText()).isEqualTo(invitedAs);
            assertThat(sent.path("recipientName").asText()).isEqualTo("Ada Lovelace");
            assertThat(Instant.parse(sent.path("expiresAt").asText()))
                    .isBetween(
                            Instant.now().plus(Duration.ofDays(14)).minusSeconds(120),
                            Instant.now().plus(Duration.ofDays(14)));
            // Only a hash of the token is stored: the database never holds a usable link.
            assertThat(Database.value("select token_hash from assessment.invitations where id = ?", invitationId))
                    .isEqualTo(sha256(token));

            // Anyone with the link sees what the invitation is about, never who it was sent to.
            String page = given().get("/api/invitations/access/" + token)
                    .then()
                    .statusCode(200)
                    .body("invitationId", equalTo(invitationId.toString()))
                    .body("taskTitle", equalTo("Build a REST API with AI Assistance"))
                    .body("taskType", equalTo("code_generation"))
                    .body("difficulty", equalTo("basic"))
                    .body("timeLimitMinutes", equalTo(120))
                    .body("companyName", equalTo("Demo Corp"))
                    .body("senderName", equalTo("Blake Business"))
                    .body("message", equalTo("We would love to see how you work with AI."))
                    .body("status", equalTo("sent"))
                    .extract()
                    .asString();
            assertThat(page).doesNotContainIgnoringCase(candidate.email()).doesNotContain("Lovelace");
            given().get("/api/invitations/access/" + "A".repeat(43))
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);

            // Only the invited address may accept it.
            String accept = "/api/invitations/access/" + token + "/accept";
            given().post(accept).then().statusCode(401).contentType(PROBLEM);
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .post(accept)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("This invitation was sent to another address"));

            // The invited person accepts (their address matches in any case); accepting again changes nothing.
            String assessmentId = given().auth()
                    .oauth2(candidate.token())
                    .post(accept)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("assessmentId");
            given().auth()
                    .oauth2(candidate.token())
                    .post(accept)
                    .then()
                    .statusCode(200)
                    .body("assessmentId", equalTo(assessmentId))
                    .body("redirectUrl", equalTo("/tasks/" + task + "?assessment=" + assessmentId));
            JsonNode accepted = events.await(invitationId.toString(), "InvitationAccepted", EVENT_WAIT);
            assertThat(accepted.path("taskId").asText()).isEqualTo(task.toString());
            assertThat(accepted.path("senderId").asText()).isEqualTo(businessId);
            assertThat(accepted.path("recipientUserId").asText()).isEqualTo(candidate.id());
            assertThat(accepted.path("assessmentId").asText()).isEqualTo(assessmentId);
            assertThat(events.all(invitationId.toString()))
                    .filteredOn(e -> "InvitationAccepted".equals(e.path("type").asText()))
                    .hasSize(1);
            given().get("/api/invitations/access/" + token).then().body("status", equalTo("accepted"));

            // The assessment holds the private task, read with the service's own token.
            given().auth()
                    .oauth2(candidate.token())
                    .get("/api/assessments/" + assessmentId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("pending"))
                    .body("task.title", equalTo("Build a REST API with AI Assistance"));

            // J12: an invitation id counts only for the person who accepted it, and only for its task.
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString(), "invitationId", invitationId.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("invitationId"));
            UUID otherTask = PlatformStubs.stubTask(TaskStub.practice().createdBy(businessId));
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", otherTask.toString(), "invitationId", invitationId.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("invitationId"));

            // The candidate takes the task; submitting completes the invitation.
            given().auth()
                    .oauth2(candidate.token())
                    .post("/api/assessments/" + assessmentId + "/start")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/api/assessments/" + assessmentId + "/submit")
                    .then()
                    .statusCode(200);
            String row = "invitations.find { it.id == '" + invitationId + "' }";
            given().auth()
                    .oauth2(business)
                    .queryParam("taskId", task.toString())
                    .get("/api/invitations")
                    .then()
                    .statusCode(200)
                    .body(row + ".status", equalTo("completed"))
                    .body(row + ".completedAt", notNullValue())
                    .body(row + ".acceptedAt", notNullValue())
                    .body(row + ".assessmentId", equalTo(assessmentId))
                    .body(row + ".assessmentStatus", org.hamcrest.Matchers.oneOf("submitted", "scoring"))
                    .body(row + ".recipientEmail", equalTo(invitedAs))
                    .body(row + ".recipientName", equalTo("Ada Lovelace"))
                    .body(row + ".taskTitle", equalTo("Build a REST API with AI Assistance"))
                    .body(row + ".finalScore", nullValue());

            KafkaTopics.publish(
                    KafkaTopics.SCORE_RESULTS,
                    assessmentId,
                    AssessmentLifecycleResourceTest.score(UUID.fromString(assessmentId), 81.5, "architect"));
            await().atMost(EVENT_WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(business)
                            .queryParam("status", "completed")
                            .get("/api/invitations")
                            .then()
                            .body(row + ".finalScore", equalTo(81.5f))
                            .body(row + ".proficiencyLevel", equalTo("architect")));
            // The task's creator reads the candidate's assessment.
            given().auth()
                    .oauth2(business)
                    .get("/api/assessments/" + assessmentId)
                    .then()
                    .statusCode(200)
                    .body("score.finalScore", equalTo(81.5f));
            given().auth()
                    .oauth2(business)
                    .queryParam("status", "sent")
                    .get("/api/invitations")
                    .then()
                    .body("invitations.id", not(hasItem(invitationId.toString())));
            // An accepted invitation can no longer be withdrawn.
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + invitationId)
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void invitations_are_checked_and_only_the_tasks_creator_may_send_them() {
        String business = accessToken(BUSINESS);
        UUID own = PlatformStubs.stubTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));

        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", own.toString(), "recipientEmail", "someone@example.test"))
                .post("/api/invitations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/invitations")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId", own.toString(),
                        "recipientEmail", "not-an-address",
                        "message", "x".repeat(2001),
                        "expiresAt",
                                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString()))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("recipientEmail", "message", "expiresAt"));
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId", own.toString(),
                        "recipientEmail", "someone@example.test",
                        "expiresAt",
                                OffsetDateTime.now(ZoneOffset.UTC).plusDays(91).toString()))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"))
                .body("errors[0].message", equalTo("must be at most 90 days away"));
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId", own.toString(), "recipientEmail", "someone@example.test", "cc", "x@example.test"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cc"));
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("recipientEmail", "someone@example.test"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("taskId"));

        // Another business's task, a default task and an unknown task all look the same: not found.
        UUID others = PlatformStubs.stubTask(TaskStub.practice().createdBy("another-business"));
        UUID practice = PlatformStubs.stubTask(TaskStub.practice());
        for (UUID task : new UUID[] {others, practice, UUID.randomUUID()}) {
            given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString(), "recipientEmail", "someone@example.test"))
                    .post("/api/invitations")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }

        given().auth()
                .oauth2(business)
                .queryParam("status", "pending")
                .queryParam("taskId", "nope")
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("status", "taskId"));

        // One open invitation per address and task.
        String address = "dup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        invite(business, own, address);
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", own.toString(), "recipientEmail", address.toUpperCase(Locale.ROOT)))
                .post("/api/invitations")
                .then()
                .statusCode(409)
                .body("type", endsWith("/invitation-pending"));
    }

    @Test
    void a_cancelled_or_expired_invitation_can_no_longer_be_accepted() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        try (KafkaTopics.Reader events = new KafkaTopics.Reader(KafkaTopics.INVITATIONS)) {
            Invited cancelled = invite(business, task, CANDIDATE);
            given().auth()
                    .oauth2(accessToken(ADMIN))
                    .delete("/api/invitations/" + cancelled.id())
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + cancelled.id())
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + cancelled.id())
                    .then()
                    .statusCode(204);
            given().get("/api/invitations/access/" + cancelled.token())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("cancelled"));
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .post("/api/invitations/access/" + cancelled.token() + "/accept")
                    .then()
                    .statusCode(410)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/invitation-cancelled"));

            Invited expired = invite(business, task, CANDIDATE);
            Database.execute(
                    "update assessment.invitations set expires_at = now() - interval '1 minute' where id = ?",
                    expired.id());
            JsonNode event = events.await(expired.id().toString(), "InvitationExpired", EVENT_WAIT);
            assertThat(event.path("recipientEmail").asText()).isEqualTo(CANDIDATE);
            assertThat(event.path("senderId").asText()).isEqualTo(KeycloakTokens.subject(BUSINESS));
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .post("/api/invitations/access/" + expired.token() + "/accept")
                    .then()
                    .statusCode(410)
                    .body("type", endsWith("/invitation-expired"));
            given().auth()
                    .oauth2(business)
                    .queryParam("status", "expired")
                    .queryParam("taskId", task.toString())
                    .get("/api/invitations")
                    .then()
                    .body("invitations.id", hasItem(expired.id().toString()))
                    .body("invitations.id", not(hasItem(cancelled.id().toString())));
            given().auth()
                    .oauth2(business)
                    .queryParam("status", "cancelled")
                    .queryParam("taskId", task.toString())
                    .get("/api/invitations")
                    .then()
                    .body("invitations.id", hasItem(cancelled.id().toString()));
        }
    }

    @Test
    void task_service_can_count_the_assessments_of_a_task() {
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        String path = "/internal/tasks/" + task + "/assessment-count";
        given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .get(path)
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
        Sessions.create(CANDIDATE, task);
        Sessions.create(CANDIDATE, task);
        given().auth()
                .oauth2(KeycloakTokens.serviceToken())
                .get(path)
                .then()
                .statusCode(200)
                .body("count", equalTo(2));
        given().auth().oauth2(accessToken(CANDIDATE)).get(path).then().statusCode(403);
    }

    /** An invitation and the token of its link. */
    record Invited(UUID id, String token) {}

    static Invited invite(String businessToken, UUID task, String address) {
        ExtractableResponse<Response> created = given().auth()
                .oauth2(businessToken)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "recipientEmail", address))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        String link = created.path("accessLink");
        return new Invited(UUID.fromString(created.path("invitationId")), link.substring(link.lastIndexOf('/') + 1));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

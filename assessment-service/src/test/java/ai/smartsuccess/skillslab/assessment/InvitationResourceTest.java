package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
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

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
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
        TaskStub privateTask = TaskStub.practice().createdBy(businessId);
        UUID task = PlatformStubs.stubPrivateTask(privateTask);
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
            assertThat(sent.path("locale").asText()).isEqualTo("en");
            assertThat(Instant.parse(sent.path("expiresAt").asText()))
                    .isBetween(
                            Instant.now().plus(Duration.ofDays(14)).minusSeconds(120),
                            Instant.now().plus(Duration.ofDays(14)));
            // Only a hash of the token is stored: the database never holds a usable link.
            assertThat(TestDatabase.value("select token_hash from assessment.invitations where id = ?", invitationId))
                    .isEqualTo(sha256(token));

            // The sender's row: waiting, its link can be copied, nothing sent again yet.
            String row = "invitations.find { it.id == '" + invitationId + "' }";
            given().auth()
                    .oauth2(business)
                    .queryParam("taskId", task.toString())
                    .get("/api/invitations")
                    .then()
                    .statusCode(200)
                    .body(row + ".status", equalTo("sent"))
                    .body(row + ".assessmentId", nullValue())
                    .body(row + ".assessmentStatus", nullValue())
                    .body(row + ".allowRetakes", equalTo(false))
                    .body(row + ".resendCount", equalTo(0))
                    .body(row + ".lastSentAt", notNullValue())
                    .body(row + ".linkAvailable", equalTo(true));

            // Anyone with the link sees what the invitation is about, and to whom it went (to pre-fill the sign-up).
            given().get("/api/invitations/access/" + token)
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
                    .body("recipientEmail", equalTo(invitedAs))
                    .body("recipientName", equalTo("Ada Lovelace"));
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

            // The invited person accepts (their address matches in any case) and lands in that very assessment's
            // workspace; accepting again changes nothing.
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
                    .body("redirectUrl", equalTo("/workspace/" + assessmentId));
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(row + ".status", equalTo("accepted"))
                    .body(row + ".assessmentId", equalTo(assessmentId))
                    .body(row + ".assessmentStatus", equalTo("pending"))
                    .body(row + ".linkAvailable", equalTo(false));
            // Once task-service shows the task to the candidate, its page's "Start" cannot make a second attempt beside
            // the invitation's own: that one is named instead.
            PlatformStubs.stubTask(privateTask);
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/attempt-in-progress"))
                    .body("assessmentId", equalTo(assessmentId));
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
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(row + ".status", equalTo("accepted"))
                    .body(row + ".assessmentStatus", equalTo("in_progress"));
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/api/assessments/" + assessmentId + "/submit")
                    .then()
                    .statusCode(200);
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
                            .body(row + ".assessmentStatus", equalTo("scored"))
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
            TestDatabase.execute(
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
    void the_sender_copies_the_link_again_and_resends_it_within_limits() throws Exception {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        String address = "resend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        try (KafkaTopics.Reader events = new KafkaTopics.Reader(KafkaTopics.INVITATIONS);
                TempUser otherBusiness = TempUsers.business("rival", "Rival Ltd")) {
            ExtractableResponse<Response> created = given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "taskId",
                            task.toString(),
                            "recipientEmail",
                            address,
                            "allowRetakes",
                            true,
                            "locale",
                            "de-de"))
                    .post("/api/invitations")
                    .then()
                    .statusCode(201)
                    .extract();
            UUID id = UUID.fromString(created.path("invitationId"));
            String link = created.path("accessLink");
            String token = link.substring(link.lastIndexOf('/') + 1);
            JsonNode createdEvent = events.await(id.toString(), "InvitationCreated", EVENT_WAIT);
            assertThat(createdEvent.path("locale").asText()).isEqualTo("de-DE");

            // The token is kept encrypted beside its hash, never in clear.
            byte[] sealed =
                    (byte[]) TestDatabase.value("select token_encrypted from assessment.invitations where id = ?", id);
            assertThat(sealed).isNotNull();
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(token);
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.invitations where id = ? and (message like ?"
                                    + " or task_title like ? or recipient_email like ?)",
                            id,
                            "%" + token + "%",
                            "%" + token + "%",
                            "%" + token + "%"))
                    .isEqualTo(0L);
            // The outbox keeps no copy of the link once the email's event is on Kafka.
            await().atMost(EVENT_WAIT)
                    .untilAsserted(() -> assertThat(TestDatabase.value(
                                    "select count(*) from assessment.outbox where payload::text like ?",
                                    "%" + token + "%"))
                            .isEqualTo(0L));

            String linkPath = "/api/invitations/" + id + "/link";
            String resendPath = "/api/invitations/" + id + "/resend";
            given().auth().oauth2(business).get(linkPath).then().statusCode(200).body("accessLink", equalTo(link));
            // Only the sender: another business gets 404, a candidate is not a business at all.
            given().auth().oauth2(otherBusiness.token()).get(linkPath).then().statusCode(404);
            given().auth().oauth2(otherBusiness.token()).post(resendPath).then().statusCode(404);
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .post(resendPath)
                    .then()
                    .statusCode(403);

            // Just sent: too soon to send again.
            given().auth()
                    .oauth2(business)
                    .post(resendPath)
                    .then()
                    .statusCode(429)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/resend-too-soon"))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"));
            for (int i = 1; i <= 5; i++) {
                TestDatabase.execute(
                        "update assessment.invitations set last_sent_at = now() - interval '11 minutes' where id = ?",
                        id);
                given().auth()
                        .oauth2(business)
                        .post(resendPath)
                        .then()
                        .statusCode(200)
                        .body("invitationId", equalTo(id.toString()))
                        .body("accessLink", equalTo(link))
                        .body("resendCount", equalTo(i))
                        .body("lastSentAt", notNullValue());
                int count = i;
                JsonNode resent = events.awaitMatching(
                        id.toString(),
                        e -> "InvitationResent".equals(e.path("type").asText())
                                && e.path("resendCount").asInt() == count,
                        EVENT_WAIT);
                assertThat(resent.path("accessUrl").asText()).isEqualTo(link);
                assertThat(resent.path("recipientEmail").asText()).isEqualTo(address);
                assertThat(resent.path("locale").asText()).isEqualTo("de-DE");
            }
            TestDatabase.execute(
                    "update assessment.invitations set last_sent_at = now() - interval '11 minutes' where id = ?", id);
            given().auth()
                    .oauth2(business)
                    .post(resendPath)
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/resend-limit"));
            String row = "invitations.find { it.id == '" + id + "' }";
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(row + ".resendCount", equalTo(5))
                    .body(row + ".allowRetakes", equalTo(true))
                    .body(row + ".linkAvailable", equalTo(true));

            // Cancelled: nothing to copy or send any more.
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + id)
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(business)
                    .get(linkPath)
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/invitation-not-open"));
            given().auth().oauth2(business).post(resendPath).then().statusCode(409);
            given().auth().oauth2(business).get("/api/invitations").then().body(row + ".linkAvailable", equalTo(false));
        }
    }

    @Test
    void an_invitation_whose_link_was_not_kept_gets_a_fresh_one_when_resent() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        Invited old =
                invite(business, task, "old-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
        // As invitations made before links were kept.
        TestDatabase.execute(
                "update assessment.invitations set token_encrypted = null,"
                        + " last_sent_at = now() - interval '1 hour' where id = ?",
                old.id());
        given().auth()
                .oauth2(business)
                .get("/api/invitations/" + old.id() + "/link")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/link-unavailable"));
        String fresh = given().auth()
                .oauth2(business)
                .post("/api/invitations/" + old.id() + "/resend")
                .then()
                .statusCode(200)
                .body("resendCount", equalTo(1))
                .extract()
                .path("accessLink");
        String freshToken = fresh.substring(fresh.lastIndexOf('/') + 1);
        assertThat(freshToken).isNotEqualTo(old.token());
        given().get("/api/invitations/access/" + old.token()).then().statusCode(404);
        given().get("/api/invitations/access/" + freshToken)
                .then()
                .statusCode(200)
                .body("invitationId", equalTo(old.id().toString()));
        given().auth()
                .oauth2(business)
                .get("/api/invitations/" + old.id() + "/link")
                .then()
                .statusCode(200)
                .body("accessLink", equalTo(fresh));
    }

    @Test
    void the_language_of_an_invitation_must_be_a_language_tag() {
        UUID task = PlatformStubs.stubTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        String created = given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId",
                        task.toString(),
                        "recipientEmail",
                        "lang-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                        "locale",
                        "en-gb",
                        "allowRetakes",
                        true))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("invitationId");
        assertThat(TestDatabase.value(
                        "select locale from assessment.invitations where id = ?", UUID.fromString(created)))
                .isEqualTo("en-GB");
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId", task.toString(),
                        "recipientEmail", "lang@example.test",
                        "locale", "not a language!",
                        "allowRetakes", "sometimes"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("allowRetakes"));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "recipientEmail", "lang@example.test", "locale", "xx_YY!"))
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("locale"));
    }

    @Test
    void a_draft_takes_no_invitations_and_only_its_creator_may_try_it() {
        String business = accessToken(BUSINESS);
        UUID draft = PlatformStubs.stubTask(
                TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)).withStatus("draft"));
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", draft.toString(), "recipientEmail", "someone@example.test"))
                .post("/api/invitations")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/task-not-published"));
        // Whoever else task-service lets read it (an admin) still cannot take it.
        given().auth()
                .oauth2(accessToken(ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", draft.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/task-not-published"));
        Sessions.create(BUSINESS, draft);

        // Published, and a task-service that does not send the field yet (every task was published then): both fine.
        UUID published = PlatformStubs.stubTask(
                TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)).withStatus("published"));
        UUID older = PlatformStubs.stubTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        for (UUID task : new UUID[] {published, older}) {
            invite(business, task, "draft-check-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
            Sessions.create(CANDIDATE, task);
        }
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

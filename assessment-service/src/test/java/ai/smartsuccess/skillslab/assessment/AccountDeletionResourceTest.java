package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.assessment.support.StoredTracking;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AccountDeletionResourceTest {

    private static final String REMOVED = "(removed: the account was deleted)";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** For a chain of events through the shared Kafka broker on a busy machine. */
    private static final Duration LONG_WAIT = Duration.ofSeconds(60);

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_deleted_candidate_is_forgotten_while_the_business_keeps_the_anonymized_record_and_score() {
        String business = accessToken(BUSINESS);
        String businessId = KeycloakTokens.subject(BUSINESS);
        UUID invitedTask = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(businessId));
        UUID otherTask = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(businessId));
        try (TempUser person = TempUsers.individual("leaving")) {
            // Invited twice: takes one task, never answers the other invitation.
            Invited taken = InvitationResourceTest.invite(business, invitedTask, person.email());
            Invited unanswered = InvitationResourceTest.invite(business, otherTask, person.email());
            UUID scored = UUID.fromString(given().auth()
                    .oauth2(person.token())
                    .post("/api/invitations/access/" + taken.token() + "/accept")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("assessmentId"));
            start(person, scored);
            chat(person, scored, "I am Ada Lovelace, plan the todo API for me");
            note(person, scored, "Call me on 555-0100 if anything is unclear");
            given().auth()
                    .oauth2(person.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("notes", "Ada's notes"))
                    .post("/api/assessments/" + scored + "/submit")
                    .then()
                    .statusCode(200);
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, scored.toString(), score(scored));
            await().atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(business)
                            .get("/api/assessments/" + scored)
                            .then()
                            .body("status", equalTo("scored")));

            // A practice session still running, and a provider key of their own.
            UUID running = UUID.fromString(given().auth()
                    .oauth2(person.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "taskId",
                            PlatformStubs.stubTask(TaskStub.practice()).toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("assessmentId"));
            start(person, running);
            chat(person, running, "Ada again: explain REST to me");
            // And an attempt they gave up before starting it.
            UUID abandoned = AttemptsResourceTest.create(person.token(), PlatformStubs.stubTask(TaskStub.practice()));
            Sessions.abandon(person.token(), abandoned);
            given().auth()
                    .oauth2(person.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("provider", "openai", "apiKey", "sk-personal-key-0000-1111"))
                    .post("/api/ai/keys")
                    .then()
                    .statusCode(201);

            // The invitations and the submission (with its notes) went out through the outbox, which keeps sent rows
            // for a while.
            String mentions = "select count(*) from assessment.outbox where sent_at is not null"
                    + " and (strpos(lower(payload::text), lower(?)) > 0 or strpos(payload::text, ?) > 0)";
            await().atMost(WAIT).until(() -> (Long) TestDatabase.value(mentions, person.email(), "Ada's notes") >= 3L);

            AccountDeleted deleted = AccountDeleted.of(person.id(), "individual");
            KafkaTopics.publish(KafkaTopics.ACCOUNTS, person.id(), deleted);

            // The open session ends (it does not count) and its sandbox is destroyed.
            await().atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(person.token())
                            .get("/api/assessments/" + running)
                            .then()
                            .body("status", equalTo("failed"))
                            .body("failureReason", startsWith("The candidate deleted their account")));
            await().atMost(WAIT)
                    .untilAsserted(() -> PlatformStubs.wiremock()
                            .verify(deleteRequestedFor(urlPathEqualTo("/sandbox/internal/sandboxes/" + running))));
            given().auth()
                    .oauth2(person.token())
                    .get("/api/ai/keys")
                    .then()
                    .statusCode(200)
                    .body("keys", empty());

            // The business keeps the assessment and its score, without the person's words.
            given().auth()
                    .oauth2(business)
                    .get("/api/assessments/" + scored)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("scored"))
                    .body("score.finalScore", equalTo(77.0f))
                    .body("score.aiHighlights[0].content", equalTo(REMOVED))
                    .body("score.strengths[0].evidence[0].description", equalTo(REMOVED))
                    .body("score.strengths[0].text", equalTo("Broke the work into clear steps"))
                    .body("chatHistory", hasSize(2))
                    .body("chatHistory.content", everyItem(equalTo(REMOVED)));
            String takenRow = "invitations.find { it.id == '" + taken.id() + "' }";
            String unansweredRow = "invitations.find { it.id == '" + unanswered.id() + "' }";
            String hash = given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(takenRow + ".status", equalTo("completed"))
                    .body(takenRow + ".finalScore", equalTo(77.0f))
                    .body(takenRow + ".recipientEmail", startsWith("sha256:"))
                    .body(takenRow + ".recipientName", nullValue())
                    .body(unansweredRow + ".status", equalTo("cancelled"))
                    .extract()
                    .path(takenRow + ".recipientEmail");
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(unansweredRow + ".recipientEmail", equalTo(hash));

            // Nothing at rest names them.
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.invitations where lower(recipient_email) = lower(?)",
                            person.email()))
                    .isEqualTo(0L);
            // The abandoned attempt stays abandoned (it was never running), anonymized like the others.
            given().auth()
                    .oauth2(person.token())
                    .get("/api/assessments/" + abandoned)
                    .then()
                    .body("status", equalTo("abandoned"))
                    .body("candidate.name", equalTo("Deleted user"))
                    .body("candidate.email", nullValue());
            for (UUID id : List.of(scored, running, abandoned)) {
                String candidate = (String)
                        TestDatabase.value("select candidate::text from assessment.assessments where id = ?", id);
                assertThat(candidate).doesNotContain(person.email()).contains("Deleted user");
            }
            assertThat(TestDatabase.value("select notes from assessment.assessments where id = ?", scored))
                    .isNull();
            await().atMost(WAIT)
                    .until(() -> TestDatabase.value(mentions, person.email(), "Ada's notes")
                            .equals(0L));

            // Their tracking in S3 keeps the timeline but not what they wrote (the running session's buffer included).
            await().atMost(WAIT)
                    .until(() -> TestDatabase.value(
                                    "select count(*) from assessment.assessments where user_id = ?"
                                            + " and personal_data_erased_at is null",
                                    person.id())
                            .equals(0L));
            List<JsonNode> events = StoredTracking.events(scored);
            assertThat(events).extracting(e -> e.path("type").asText()).contains("ai_prompt", "ai_response", "note");
            assertThat(events.toString()).doesNotContain("Lovelace").doesNotContain("555-0100");
            assertThat(events)
                    .filteredOn(e -> "ai_prompt".equals(e.path("type").asText()))
                    .allSatisfy(e ->
                            assertThat(e.path("data").path("prompt").asText()).isEqualTo(REMOVED));
            assertThat(StoredTracking.events(running).toString())
                    .contains("ai_prompt")
                    .doesNotContain("Ada again");

            // Idempotent: the same event again, then another one for the same person, change nothing.
            KafkaTopics.publish(KafkaTopics.ACCOUNTS, person.id(), deleted);
            AccountDeleted again = AccountDeleted.of(person.id(), "individual");
            KafkaTopics.publish(KafkaTopics.ACCOUNTS, person.id(), again);
            await().atMost(WAIT)
                    .until(() -> TestDatabase.value(
                                    "select count(*) from assessment.processed_events where event_id = ?",
                                    again.eventId())
                            .equals(1L));
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(takenRow + ".recipientEmail", equalTo(hash))
                    .body(takenRow + ".finalScore", equalTo(77.0f));
        }
    }

    @Test
    void a_deleted_candidates_words_go_from_the_score_reports_a_re_score_replaced_too() {
        String admin = accessToken(ADMIN);
        try (TempUser person = TempUsers.individual("rescored")) {
            UUID id = AttemptsResourceTest.create(person.token(), PlatformStubs.stubTask(TaskStub.practice()));
            start(person, id);
            given().auth()
                    .oauth2(person.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/api/assessments/" + id + "/submit")
                    .then()
                    .statusCode(200);
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), score(id));
            await().atMost(LONG_WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(admin)
                            .get("/api/assessments/" + id)
                            .then()
                            .body("status", equalTo("scored")));
            // A re-score: the first report is kept as a revision, with their words in it until they leave.
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), score(id));
            String revisions = "select count(*) from assessment.score_revisions where assessment_id = ?";
            await().atMost(LONG_WAIT)
                    .until(() -> TestDatabase.value(revisions, id).equals(1L));
            String revisionReport = "select report::text from assessment.score_revisions where assessment_id = ?";
            assertThat((String) TestDatabase.value(revisionReport, id)).contains("Lovelace");

            KafkaTopics.publish(KafkaTopics.ACCOUNTS, person.id(), AccountDeleted.of(person.id(), "individual"));

            await().atMost(LONG_WAIT)
                    .until(() -> !((String) TestDatabase.value(revisionReport, id)).contains("Lovelace"));
            assertThat((String) TestDatabase.value(
                            "select report::text from assessment.scores where assessment_id = ?", id))
                    .doesNotContain("Lovelace");
            // The revision keeps its score, level and feedback; only the excerpts of their words go, at rest.
            given().auth()
                    .oauth2(admin)
                    .get("/api/admin/assessments/" + id + "/score-revisions")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].finalScore", equalTo(77.0f))
                    .body("[0].proficiencyLevel", equalTo("architect"))
                    .body("[0].report.strengths[0].text", equalTo("Broke the work into clear steps"))
                    .body("[0].report.strengths[0].evidence[0].description", equalTo(REMOVED))
                    .body("[0].report.aiHighlights[0].content", equalTo(REMOVED));
            assertThat(TestDatabase.value(
                            "select report -> 'aiHighlights' -> 0 ->> 'content' from assessment.score_revisions"
                                    + " where assessment_id = ?",
                            id))
                    .isEqualTo(REMOVED);
        }
    }

    @Test
    void a_deleted_business_withdraws_the_invitations_nobody_accepted() {
        try (TempUser company = TempUsers.business("closing", "Closing Co")) {
            UUID task = PlatformStubs.stubTask(TaskStub.practice().createdBy(company.id()));
            Invited open = InvitationResourceTest.invite(
                    company.token(),
                    task,
                    "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
            given().get("/api/invitations/access/" + open.token())
                    .then()
                    .body("senderName", equalTo("Temp Person"))
                    .body("companyName", equalTo("Closing Co"));

            KafkaTopics.publish(KafkaTopics.ACCOUNTS, company.id(), AccountDeleted.of(company.id(), "business"));

            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/api/invitations/access/" + open.token())
                            .then()
                            .body("status", equalTo("cancelled"))
                            .body("senderName", nullValue())
                            .body("companyName", equalTo("Closing Co")));
        }
    }

    private static void start(TempUser user, UUID id) {
        given().auth()
                .oauth2(user.token())
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(200);
    }

    private static void chat(TempUser user, UUID id, String message) {
        given().auth()
                .oauth2(user.token())
                .contentType(ContentType.JSON)
                .body(AiOfflineResourceTest.chat(id, message))
                .post("/api/ai/chat")
                .then()
                .statusCode(200);
    }

    private static void note(TempUser user, UUID id, String text) {
        given().auth()
                .oauth2(user.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "events",
                        List.of(Map.of(
                                "id",
                                "note-" + UUID.randomUUID(),
                                "type",
                                "note",
                                "timestamp",
                                Instant.now().toString(),
                                "data",
                                Map.of("text", text)))))
                .post("/api/assessments/" + id + "/track")
                .then()
                .statusCode(200);
    }

    private static ScoreComputed score(UUID id) {
        return SampleEvents.scoreComputed(id, 77.0, "architect")
                .userId("someone")
                .scoringVersion("1.0")
                .categoryScores(Map.of("planning", 80.0))
                .strengths(List.of(new ScoreComputed.Feedback(
                        "planning",
                        "task_breakdown",
                        "Broke the work into clear steps",
                        List.of(new ScoreComputed.EvidenceRef(
                                "p1", Instant.now(), "Prompt 1 (I am Ada Lovelace, plan the todo API): a plan")))))
                .aiHighlights(List.of(new ScoreComputed.Highlight(
                        "first_prompt",
                        "Initial approach",
                        "I am Ada Lovelace, plan the todo API for me",
                        "p1",
                        Instant.now())))
                .detailedAnalysis(Map.of("summary", "Solid work."))
                .build();
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder before an invitation expires (skillslab.invitations.reminder-before, 24 h; the job scans every second in
 * tests): InvitationExpiringSoon once for a waiting invitation inside the window, never for one outside it, one emailed
 * within it already, or one accepted or cancelled.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class InvitationReminderServiceTest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);
    private static final String TYPE = "InvitationExpiringSoon";

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_waiting_invitation_inside_the_window_is_reminded_once_and_no_other() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (TempUser candidate = TempUsers.individual("reminded");
                KafkaTopics.Reader events = new KafkaTopics.Reader(KafkaTopics.INVITATIONS)) {
            Invited inside = InvitationResourceTest.invite(business, task, "inside-" + run + "@example.test");
            Invited outside = InvitationResourceTest.invite(business, task, "outside-" + run + "@example.test");
            Invited justSent = InvitationResourceTest.invite(business, task, "just-sent-" + run + "@example.test");
            Invited cancelled = InvitationResourceTest.invite(business, task, "cancelled-" + run + "@example.test");
            Invited accepted = InvitationResourceTest.invite(business, task, candidate.email());
            given().auth()
                    .oauth2(business)
                    .delete("/api/invitations/" + cancelled.id())
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(candidate.token())
                    .post("/api/invitations/access/" + accepted.token() + "/accept")
                    .then()
                    .statusCode(200);
            String link = given().auth()
                    .oauth2(business)
                    .get("/api/invitations/" + inside.id() + "/link")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("accessLink");

            // Each moved, in one statement, to where the job would find it: first emailed three days ago, expiring
            // in two hours (outside: in three days; just sent: emailed an hour ago).
            for (Invited due : new Invited[] {inside, cancelled, accepted}) {
                moveTo(due.id(), "3 days", "2 hours");
            }
            moveTo(outside.id(), "3 days", "3 days");
            moveTo(justSent.id(), "1 hour", "2 hours");

            JsonNode reminder = events.await(inside.id().toString(), TYPE, EVENT_WAIT);
            assertThat(reminder.path("accessUrl").asText()).isEqualTo(link);
            assertThat(reminder.path("recipientEmail").asText()).isEqualTo("inside-" + run + "@example.test");
            assertThat(reminder.path("taskId").asText()).isEqualTo(task.toString());
            assertThat(reminder.path("companyName").asText()).isEqualTo("Demo Corp");
            assertThat(reminder.path("senderName").asText()).isEqualTo("Blake Business");
            assertThat(reminder.path("locale").asText()).isEqualTo("en");
            assertThat(Instant.parse(reminder.path("expiresAt").asText()))
                    .isBetween(
                            Instant.now().plus(Duration.ofMinutes(110)),
                            Instant.now().plus(Duration.ofHours(2)));
            assertThat(TestDatabase.value(
                            "select reminder_sent_at from assessment.invitations where id = ?", inside.id()))
                    .isNotNull();

            // Several more scans later: still that one reminder.
            await().during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> events.all(inside.id().toString()).stream()
                                    .filter(e -> TYPE.equals(e.path("type").asText()))
                                    .count()
                            == 1);
            for (Invited other : new Invited[] {outside, justSent, cancelled, accepted}) {
                assertThat(events.all(other.id().toString()))
                        .as("events of " + other.id())
                        .noneMatch(e -> TYPE.equals(e.path("type").asText()));
                assertThat(TestDatabase.value(
                                "select reminder_sent_at from assessment.invitations where id = ?", other.id()))
                        .isNull();
            }
            // Its outbox row keeps no copy of the link once published, like the invitation emails' rows.
            await().atMost(EVENT_WAIT)
                    .untilAsserted(() -> assertThat(TestDatabase.value(
                                    "select count(*) from assessment.outbox where event_type = ? and payload::text"
                                            + " like ?",
                                    TYPE,
                                    "%" + link + "%"))
                            .isEqualTo(0L));
        }
    }

    /** Last emailed {@code sentAgo} ago, expiring {@code expiresIn} from now. */
    private static void moveTo(UUID invitation, String sentAgo, String expiresIn) {
        TestDatabase.execute(
                "update assessment.invitations set last_sent_at = now() - cast(? as interval),"
                        + " sent_at = now() - cast(? as interval), expires_at = now() + cast(? as interval)"
                        + " where id = ?",
                sentAgo,
                sentAgo,
                expiresIn,
                invitation);
    }
}

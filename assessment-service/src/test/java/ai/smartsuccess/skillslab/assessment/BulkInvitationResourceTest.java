package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk invitations: a pasted list, one invitation per line, each made exactly as a single one is. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BulkInvitationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://skillslab.dev/problems/";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);

    @Test
    void good_lines_become_invitations_and_each_bad_one_is_answered_with_its_problem() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ada = "ada-" + run + "@example.test";
        String bob = "bob-" + run + "@example.test";
        String grace = "grace-" + run + "@example.test";
        String waiting = "waiting-" + run + "@example.test";
        OffsetDateTime expiresAt =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.SECONDS);
        String addresses = String.join(
                "\n",
                "name,email",
                "Ada Lovelace, " + ada,
                bob + ";Bob",
                "not-an-address",
                ada.toUpperCase(Locale.ROOT),
                waiting,
                "",
                "Grace Hopper <" + grace + ">",
                "Two Names, Too Many, x-" + run + "@example.test");

        try (KafkaTopics.Reader events = new KafkaTopics.Reader(KafkaTopics.INVITATIONS)) {
            UUID alreadyWaiting =
                    InvitationResourceTest.invite(business, task, waiting).id();
            // Its own event is read first, so that the check below sees only what the bulk request published.
            String firstEvent = events.await(alreadyWaiting.toString(), "InvitationCreated", Duration.ofSeconds(60))
                    .path("eventId")
                    .asText();
            JsonPath answer = given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "taskId",
                            task.toString(),
                            "addresses",
                            addresses,
                            "message",
                            "We would love to see how you work with AI.",
                            "expiresAt",
                            expiresAt.toString(),
                            "allowRetakes",
                            true,
                            "locale",
                            "de"))
                    .post("/api/invitations/bulk")
                    .then()
                    .statusCode(207)
                    .contentType(ContentType.JSON)
                    .body("created.row", equalTo(List.of(2, 3, 8)))
                    .body("created.email", equalTo(List.of(ada, bob, grace)))
                    .body("failed.row", equalTo(List.of(4, 5, 6, 9)))
                    .body(
                            "failed.problem.type",
                            equalTo(List.of(
                                    TYPES + "invalid-email",
                                    TYPES + "duplicate-address",
                                    TYPES + "invitation-pending",
                                    TYPES + "invalid-row")))
                    .body("failed[0].input", equalTo("not-an-address"))
                    .body("failed[0].problem.title", equalTo("Invalid email address"))
                    .body("failed[1].input", equalTo(ada.toUpperCase(Locale.ROOT)))
                    .body("failed[1].problem.detail", equalTo("This address is also on line 2; it is invited once."))
                    .body("failed[2].problem.detail", containsString("already waiting"))
                    .extract()
                    .jsonPath();

            // Each created line is an invitation like a single one: its event carries the link, the name from its
            // line, and the options of the request.
            Map<String, String> names = Map.of(ada, "Ada Lovelace", bob, "Bob", grace, "Grace Hopper");
            List<String> ids = answer.getList("created.invitationId");
            for (int i = 0; i < ids.size(); i++) {
                String email = answer.getString("created[" + i + "].email");
                JsonNode sent = events.await(ids.get(i), "InvitationCreated", EVENT_WAIT);
                assertThat(sent.path("recipientEmail").asText()).isEqualTo(email);
                assertThat(sent.path("recipientName").asText()).isEqualTo(names.get(email));
                assertThat(sent.path("taskId").asText()).isEqualTo(task.toString());
                assertThat(sent.path("message").asText()).isEqualTo("We would love to see how you work with AI.");
                assertThat(sent.path("locale").asText()).isEqualTo("de");
                assertThat(sent.path("companyName").asText()).isEqualTo("Demo Corp");
                assertThat(sent.path("accessUrl").asText()).startsWith("http://localhost:8080/invite/");
                assertThat(OffsetDateTime.parse(sent.path("expiresAt").asText()))
                        .isEqualTo(expiresAt.withOffsetSameInstant(ZoneOffset.UTC));
            }
            // The sender's list has them, waiting, with the options; the link of each can be copied.
            String row = "invitations.find { it.id == '" + ids.get(0) + "' }";
            given().auth()
                    .oauth2(business)
                    .queryParam("taskId", task.toString())
                    .get("/api/invitations")
                    .then()
                    .statusCode(200)
                    .body("invitations.id", hasItems(ids.toArray(String[]::new)))
                    .body(row + ".status", equalTo("sent"))
                    .body(row + ".recipientName", equalTo("Ada Lovelace"))
                    .body(row + ".allowRetakes", equalTo(true))
                    .body(row + ".linkAvailable", equalTo(true));
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations/" + ids.get(1) + "/link")
                    .then()
                    .statusCode(200);

            // Nothing of a failed line was stored: the task has the one that waited before and the three new ones.
            assertThat(TestDatabase.value("select count(*) from assessment.invitations where task_id = ?", task))
                    .isEqualTo(4L);
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.invitations where task_id = ? and lower(recipient_email)"
                                    + " = ?",
                            task,
                            waiting))
                    .isEqualTo(1L);
            // (The outbox may deliver its one event again, at least once; consumers take each event id once.)
            assertThat(events.all(alreadyWaiting.toString()))
                    .noneMatch(e -> "InvitationCreated".equals(e.path("type").asText())
                            && !firstEvent.equals(e.path("eventId").asText()));
        }

        // Every line invited: 200, nothing failed.
        String carol = "carol-" + run + "@example.test";
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "addresses", carol + "\r\n"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(200)
                .body("created[0].row", equalTo(1))
                .body("created[0].email", equalTo(carol))
                .body("failed", empty());
    }

    @Test
    void a_list_over_the_limit_is_refused_whole_naming_the_limit() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        String tooMany = IntStream.rangeClosed(1, 201)
                .mapToObj(i -> "over-" + i + "@example.test")
                .collect(Collectors.joining("\n"));

        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "addresses", tooMany))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("detail", equalTo("addresses must list at most 200 addresses, one per line; this list has 201"))
                .body("errors[0].field", equalTo("addresses"));
        assertThat(TestDatabase.value("select count(*) from assessment.invitations where task_id = ?", task))
                .isEqualTo(0L);

        // The options shared by every line are checked as for one invitation, before anything is stored.
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId",
                        task.toString(),
                        "addresses",
                        "fine@example.test",
                        "message",
                        "x".repeat(2001),
                        "locale",
                        "not a language!"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("message", "locale"));
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "addresses", "\n  \n"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("addresses"));
        assertThat(TestDatabase.value("select count(*) from assessment.invitations where task_id = ?", task))
                .isEqualTo(0L);
    }

    @Test
    void only_the_tasks_creator_may_invite_and_only_as_a_business() {
        String business = accessToken(BUSINESS);
        UUID others = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy("another-business"));
        String address = "others-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        for (UUID task : new UUID[] {others, UUID.randomUUID()}) {
            given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString(), "addresses", address))
                    .post("/api/invitations/bulk")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
        assertThat(TestDatabase.value("select count(*) from assessment.invitations where recipient_email = ?", address))
                .isEqualTo(0L);

        UUID own = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", own.toString(), "addresses", address))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("taskId", own.toString(), "addresses", address))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(401);
    }
}

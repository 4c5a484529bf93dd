package ai.smartsuccess.skillslab.notification;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.notification.support.Inbox;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A business is told, in the app and by email, about the candidates of its own tasks: events on the real Kafka in,
 * its notification list (as a real Keycloak user) and its real inbox (GreenMail) out.
 */
@QuarkusTest
class BusinessNotificationResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TASK = "“Refactor the billing module”";

    static TempUser business;
    static TempUser otherBusiness;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    KafkaEvents events;

    @BeforeAll
    static void accounts() {
        business = TempUsers.business("notify-biz", "Acme GmbH");
        otherBusiness = TempUsers.business("notify-other", "Other AG");
    }

    @AfterAll
    static void removeAccounts() {
        business.close();
        otherBusiness.close();
    }

    @BeforeEach
    void learnAddress() {
        // The business's address is learnt from its own token, the first time it calls this service.
        as(business.token()).get("/api/notifications").then().statusCode(200);
    }

    /** Events to the service's consumers, once they own their partitions (only the tests that need Kafka wait). */
    private KafkaEvents events() {
        if (events == null) {
            KafkaEvents.awaitAssigned(
                    kafkaClients, List.of("assessment-lifecycle", "score-results", "invitations", "account-lifecycle"));
            events = new KafkaEvents(json);
        }
        return events;
    }

    @AfterEach
    void close() {
        if (events != null) {
            events.close();
            events = null;
        }
    }

    @Test
    void a_candidates_way_through_the_task_is_told_in_the_app_and_by_email() {
        BusinessEvents way = new BusinessEvents(business.id(), "Zoë Example");
        events().send("test.invitations", way.invited());
        events().send("test.invitations", way.accepted());
        AssessmentSubmitted submitted = way.submitted();
        events().send("test.assessment-lifecycle", submitted);
        events().send("test.score-results", way.scored(72.456, "architect"));

        List<Map<String, Object>> mine = awaitNotices(business.token(), "Zoë Example", 3);
        // The three topics are read independently: the order of the notices is the order they were read in. (Other
        // modules' tests share the test topics: their scoring-service may score this submission too.)
        assertThat(mine)
                .extracting(n -> List.of(n.get("kind"), n.get("title"), n.get("body"), n.get("link")))
                .contains(
                        List.of(
                                "candidate.scored",
                                "Candidate scored",
                                "Zoë Example scored 72.5/100 (AI Architect) on " + TASK + ".",
                                "/results/" + way.assessmentId),
                        List.of(
                                "candidate.submitted",
                                "Assessment submitted",
                                "Zoë Example submitted " + TASK + ".",
                                "/business"),
                        List.of(
                                "invitation.accepted",
                                "Invitation accepted",
                                "Zoë Example accepted your invitation to " + TASK + ".",
                                "/business/invitations"));
        assertThat(mine)
                .extracting(n -> (String) n.get("createdAt"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(mine).allSatisfy(n -> {
            assertThat(n.get("readAt")).isNull();
            assertThat(n.get("createdAt")).isNotNull();
        });
        assertThat(list(business.token(), "").getLong("unread")).isGreaterThanOrEqualTo(3);

        Inbox.Received accepted = awaitMail(business.email(), "Zoë Example accepted your invitation to " + TASK);
        awaitMail(business.email(), "Zoë Example submitted " + TASK);
        awaitMail(business.email(), "Zoë Example scored 72.5/100 (AI Architect) on " + TASK);
        assertThat(accepted.text()).contains("http://localhost:8080/business/invitations", "notification settings");
        assertThat(accepted.html()).contains("Zoë Example accepted your invitation");
        // The candidate still gets their own score email.
        await().atMost(WAIT)
                .until(() -> Inbox.messages(way.candidateEmail).stream()
                        .anyMatch(m -> m.subject().startsWith("Your Skills Lab score: ")));

        // The same event delivered again adds nothing; a later event of the assessment (same partition) proves it was
        // read.
        events().send("test.assessment-lifecycle", submitted);
        events().send("test.assessment-lifecycle", way.submitted());
        await().atMost(WAIT).until(() -> submittedNotices(business.token(), "Zoë Example") >= 2);
        assertThat(submittedNotices(business.token(), "Zoë Example")).isEqualTo(2);
    }

    @Test
    void preferences_turn_each_kind_off_by_email_and_in_the_app_separately() {
        TempUser picky = TempUsers.business("notify-picky", "Picky Ltd");
        try {
            as(picky.token())
                    .get("/api/notifications/preferences")
                    .then()
                    .statusCode(200)
                    .body(
                            "preferences.kind",
                            equalTo(List.of("invitation.accepted", "candidate.submitted", "candidate.scored")))
                    .body("preferences.email", equalTo(List.of(true, true, true)))
                    .body("preferences.inApp", equalTo(List.of(true, true, true)));
            as(picky.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "preferences",
                            List.of(
                                    Map.of("kind", "candidate.submitted", "email", true, "inApp", false),
                                    Map.of("kind", "candidate.scored", "email", false, "inApp", true))))
                    .put("/api/notifications/preferences")
                    .then()
                    .statusCode(200)
                    .body("preferences.email", equalTo(List.of(true, true, false)))
                    .body("preferences.inApp", equalTo(List.of(true, false, true)));
            as(picky.token())
                    .get("/api/notifications/preferences")
                    .then()
                    .body("preferences.email", equalTo(List.of(true, true, false)))
                    .body("preferences.inApp", equalTo(List.of(true, false, true)));

            BusinessEvents way = new BusinessEvents(picky.id(), "Pat Candidate");
            events().send("test.invitations", way.invited());
            events().send("test.invitations", way.accepted());
            events().send("test.assessment-lifecycle", way.submitted());
            events().send("test.score-results", way.scored(55, "operator"));

            // In the app: accepted and scored, never submitted. The scored notice and its (not wanted) email are
            // decided in one transaction, so once it shows, the emails are settled.
            await().atMost(WAIT)
                    .until(() -> notices(picky.token(), "Pat Candidate").stream()
                            .anyMatch(n -> n.get("kind").equals("candidate.scored")));
            assertThat(notices(picky.token(), "Pat Candidate"))
                    .extracting(n -> n.get("kind"))
                    .contains("invitation.accepted", "candidate.scored")
                    .doesNotContain("candidate.submitted");
            // By email: accepted and submitted, never scored.
            awaitMail(picky.email(), "Pat Candidate accepted your invitation to " + TASK);
            awaitMail(picky.email(), "Pat Candidate submitted " + TASK);
            assertThat(Inbox.messages(picky.email()))
                    .extracting(Inbox.Received::subject)
                    .hasSize(2)
                    .noneMatch(subject -> subject.contains("scored"));

            // Back to the defaults: nothing listed.
            as(picky.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("preferences", List.of()))
                    .put("/api/notifications/preferences")
                    .then()
                    .statusCode(200)
                    .body("preferences.email", equalTo(List.of(true, true, true)))
                    .body("preferences.inApp", equalTo(List.of(true, true, true)));
        } finally {
            picky.close();
        }
    }

    @Test
    void default_tasks_and_a_business_taking_its_own_task_make_no_notice() {
        BusinessEvents defaultTask = new BusinessEvents(business.id(), "Dee Default");
        events().send("test.assessment-lifecycle", defaultTask.submitted(true, null));
        BusinessEvents ownTask = new BusinessEvents(business.id(), "Self Service");
        events().send("test.assessment-lifecycle", ownTask.submittedByOwner());
        // Later events of the same assessments (same partitions): once their notices show, the earlier were read.
        events().send(
                        "test.assessment-lifecycle",
                        new BusinessEvents(business.id(), "Mark One", defaultTask.assessmentId).submitted());
        events().send(
                        "test.assessment-lifecycle",
                        new BusinessEvents(business.id(), "Mark Two", ownTask.assessmentId).submitted());
        awaitNotices(business.token(), "Mark One", 1);
        awaitNotices(business.token(), "Mark Two", 1);
        assertThat(notices(business.token(), "Dee Default")).isEmpty();
        assertThat(notices(business.token(), "Self Service")).isEmpty();
    }

    @Test
    void a_score_that_arrives_before_the_submission_is_told_once_it_is() {
        BusinessEvents way = new BusinessEvents(business.id(), "Early Bird");
        events().send("test.score-results", way.scored(91, "innovator"));
        // The score is recorded (the candidate's email waits for the submission) before the submission is sent.
        await().atMost(WAIT).until(() -> scoreRecorded(way));
        events().send("test.assessment-lifecycle", way.submitted());
        List<Map<String, Object>> mine = awaitNotices(business.token(), "Early Bird", 2);
        assertThat(mine)
                .extracting(n -> n.get("body"))
                .contains(
                        "Early Bird scored 91/100 (AI Innovator) on " + TASK + ".",
                        "Early Bird submitted " + TASK + ".");
    }

    @Test
    void each_business_sees_only_its_own_notifications() {
        BusinessEvents way = new BusinessEvents(business.id(), "Owen Own");
        events().send("test.invitations", way.invited());
        events().send("test.invitations", way.accepted());
        String id =
                (String) awaitNotices(business.token(), "Owen Own", 1).get(0).get("id");

        assertThat(list(otherBusiness.token(), "?size=100").getList("notifications.id"))
                .doesNotContain(id);
        as(otherBusiness.token())
                .post("/api/notifications/" + id + "/read")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/not-found"));
        as(accessToken(CANDIDATE))
                .post("/api/notifications/" + id + "/read")
                .then()
                .statusCode(404);
        as(otherBusiness.token())
                .post("/api/notifications/not-a-uuid/read")
                .then()
                .statusCode(404);
        given().post("/api/notifications/" + id + "/read")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/notifications").then().statusCode(401);
        given().get("/api/notifications/preferences").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{\"preferences\":[]}")
                .put("/api/notifications/preferences")
                .then()
                .statusCode(401);
        given().post("/api/notifications/read-all").then().statusCode(401);

        // Another business marking all its own read leaves this one's unread.
        as(otherBusiness.token())
                .post("/api/notifications/read-all")
                .then()
                .statusCode(200)
                .body("unread", equalTo(0));
        assertThat(list(business.token(), "?unreadOnly=true&size=100").getList("notifications.id"))
                .contains(id);

        as(business.token())
                .post("/api/notifications/" + id + "/read")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("readAt", notNullValue());
        assertThat(list(business.token(), "?unreadOnly=true&size=100").getList("notifications.id"))
                .doesNotContain(id);
        as(business.token())
                .post("/api/notifications/read-all")
                .then()
                .statusCode(200)
                .body("unread", equalTo(0));
    }

    @Test
    void bad_parameters_and_bodies_are_refused_naming_the_field() {
        as(business.token())
                .get("/api/notifications?size=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/validation"))
                .body("errors.field", hasItem("size"));
        as(business.token()).get("/api/notifications?size=101").then().statusCode(400);
        as(business.token())
                .get("/api/notifications?page=-1")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
        as(business.token())
                .get("/api/notifications?unreadOnly=maybe")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("unreadOnly"));
        as(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "preferences",
                        List.of(
                                Map.of("kind", "candidate.hired", "email", true, "inApp", true),
                                Map.of("kind", "candidate.scored", "email", true))))
                .put("/api/notifications/preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("preferences[0].kind", "preferences[1].inApp")));
        as(business.token())
                .contentType(ContentType.JSON)
                .body("{\"preferences\":[],\"extra\":1}")
                .put("/api/notifications/preferences")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://skillslab.dev/problems/unknown-field"));
        as(business.token())
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/notifications/preferences")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("preferences"));
    }

    @Test
    void a_deleted_candidate_is_no_longer_named_and_a_deleted_business_is_forgotten() {
        TempUser leaving = TempUsers.business("notify-leaving", "Leaving Inc");
        try {
            as(leaving.token()).get("/api/notifications").then().statusCode(200);
            BusinessEvents way = new BusinessEvents(leaving.id(), "Gone Soon");
            events().send("test.invitations", way.invited());
            events().send("test.invitations", way.accepted());
            awaitNotices(leaving.token(), "Gone Soon", 1);
            // The invitation email went to an address, before the candidate's account was tied to it.
            await().atMost(WAIT).until(() -> mentionsOf(way.candidateEmail) == 1L);

            events().send("test.account-lifecycle", way.candidateDeleted());
            await().atMost(WAIT)
                    .until(() -> notices(leaving.token(), "").stream()
                            .allMatch(n ->
                                    n.get("body").equals("A candidate accepted your invitation to " + TASK + ".")));
            await().atMost(WAIT).until(() -> mentionsOf(way.candidateEmail) == 0L);

            events().send("test.account-lifecycle", AccountDeleted.of(leaving.id(), "business"));
            await().atMost(WAIT).until(() -> list(leaving.token(), "").getLong("total") == 0);

            // Nothing is sent to the forgotten account any more (its token stays valid a few minutes): a later event of
            // the same assessment for another business proves the one before was read.
            BusinessEvents later = new BusinessEvents(leaving.id(), "Late Larry");
            events().send("test.assessment-lifecycle", later.submitted());
            events().send(
                            "test.assessment-lifecycle",
                            new BusinessEvents(business.id(), "Mark After", later.assessmentId).submitted());
            awaitNotices(business.token(), "Mark After", 1);
            assertThat(list(leaving.token(), "").getLong("total")).isZero();
            assertThat(Inbox.messages(leaving.email()))
                    .extracting(Inbox.Received::subject)
                    .noneMatch(subject -> subject.contains("Late Larry"));
        } finally {
            leaving.close();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** Emails on record that still hold this address, as recipient or anywhere in what they said. */
    private static long mentionsOf(String address) {
        return (Long) TestDatabase.value(
                "select count(*) from notification.deliveries where lower(recipient) = lower(?) or payload::text ilike ?",
                address,
                "%" + address + "%");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static JsonPath list(String token, String query) {
        return as(token)
                .get("/api/notifications" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The caller's notifications naming this candidate (all of them for an empty name), newest first. */
    private static List<Map<String, Object>> notices(String token, String candidateName) {
        List<Map<String, Object>> all = list(token, "?size=100").getList("notifications");
        return all.stream()
                .filter(n -> ((String) n.get("body")).contains(candidateName))
                .toList();
    }

    private static long submittedNotices(String token, String candidateName) {
        return notices(token, candidateName).stream()
                .filter(n -> n.get("kind").equals("candidate.submitted"))
                .count();
    }

    private static List<Map<String, Object>> awaitNotices(String token, String candidateName, int count) {
        await().atMost(WAIT).until(() -> notices(token, candidateName).size() >= count);
        return notices(token, candidateName);
    }

    private static Inbox.Received awaitMail(String email, String subject) {
        await().atMost(WAIT).until(() -> mail(email, subject).isPresent());
        return mail(email, subject).orElseThrow();
    }

    private static Optional<Inbox.Received> mail(String email, String subject) {
        return Inbox.messages(email).stream()
                .filter(m -> subject.equals(m.subject()))
                .findFirst();
    }

    @Inject
    ai.smartsuccess.skillslab.notification.repository.DeliveryRepository deliveries;

    private boolean scoreRecorded(BusinessEvents way) {
        try {
            return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(
                                    () -> io.quarkus.hibernate.reactive.panache.Panache.withSession(
                                            () -> deliveries.notSkipped(way.assessmentId, "score-ready")))
                            .size()
                    == 1;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

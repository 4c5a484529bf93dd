package ai.smartsuccess.skillslab.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events on the real Kafka broker in, real emails out (GreenMail, read through its web API). */
@QuarkusTest
class NotificationFlowTest {

    static final String GREENMAIL = System.getProperty("greenmail.api", "http://127.0.0.1:8025");

    @Inject
    ObjectMapper json;

    KafkaEvents events;

    @Inject
    io.smallrye.reactive.messaging.kafka.KafkaClientService kafkaClients;

    /** The service's consumers start at the end of the topics: produce only once they own their partitions. */
    @BeforeEach
    void awaitConsumersAssigned() {
        KafkaEvents.awaitAssigned(
                kafkaClients, List.of("assessment-lifecycle", "score-results", "invitations", "account-lifecycle"));
    }

    @BeforeEach
    void connect() {
        events = new KafkaEvents(json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void a_computed_score_is_emailed_to_the_candidate_once() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        String email = "scored-" + assessmentId + "@example.test";
        send("test.assessment-lifecycle", TestEvents.submitted(assessmentId, email));
        var scored = TestEvents.scored(assessmentId, 72.456, "architect");
        send("test.score-results", scored);

        List<Map<String, Object>> inbox = awaitMessages(email, 1);
        assertThat(inbox.get(0).get("subject")).isEqualTo("Your Skills Lab score: 72.5/100 (AI Architect)");
        assertThat((String) inbox.get(0).get("mimeMessage")).contains("/results/" + assessmentId);

        send("test.score-results", scored); // redelivered
        Thread.sleep(1500);
        assertThat(messages(email)).hasSize(1);
    }

    @Test
    void a_score_that_arrives_before_its_candidate_is_known_waits_for_them() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        String email = "early-" + assessmentId + "@example.test";
        send("test.score-results", TestEvents.scored(assessmentId, 38.0, "explorer"));
        Thread.sleep(1000);
        assertThat(messages(email)).isEmpty();
        send("test.assessment-lifecycle", TestEvents.submitted(assessmentId, email));
        List<Map<String, Object>> inbox = awaitMessages(email, 1);
        assertThat(inbox.get(0).get("subject")).isEqualTo("Your Skills Lab score: 38/100 (AI Explorer)");
    }

    @Test
    void a_deleted_account_is_forgotten_and_gets_no_more_mail() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        String email = "forget-" + assessmentId + "@example.test";
        var submitted = TestEvents.submitted(assessmentId, email);
        send("test.assessment-lifecycle", submitted);
        await().atMost(Duration.ofSeconds(60)).until(() -> contactExists(assessmentId));

        send(
                "test.account-lifecycle",
                ai.smartsuccess.skillslab.contracts.events.AccountDeleted.of(
                        submitted.candidate().userId(), "individual"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !contactExists(assessmentId));

        send("test.score-results", TestEvents.scored(assessmentId, 80, "architect"));
        Thread.sleep(1500);
        assertThat(messages(email)).isEmpty();
    }

    private boolean contactExists(UUID assessmentId) {
        try {
            return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(
                            () -> io.quarkus.hibernate.reactive.panache.Panache.withSession(
                                    () -> contacts.findById(assessmentId)))
                    != null;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    ai.smartsuccess.skillslab.notification.repository.AssessmentContactRepository contacts;

    private void send(String topic, DomainEvent event) throws Exception {
        events.send(topic, event);
    }

    private List<Map<String, Object>> awaitMessages(String email, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> messages(email).size() >= count);
        return messages(email);
    }

    /** The recipient's inbox; GreenMail refuses the request for a recipient that never received anything. */
    private static List<Map<String, Object>> messages(String email) {
        var response = given().get(GREENMAIL + "/api/user/" + email + "/messages/INBOX");
        return response.statusCode() != 200 ? List.of() : response.jsonPath().getList("$");
    }
}

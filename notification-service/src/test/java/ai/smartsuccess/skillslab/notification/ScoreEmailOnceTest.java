package ai.smartsuccess.skillslab.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A re-scored assessment (a second ScoreComputed with a new event id) does not email its candidate again. */
@QuarkusTest
class ScoreEmailOnceTest {

    static final String GREENMAIL = System.getProperty("greenmail.api", "http://127.0.0.1:8025");

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    DeliveryRepository deliveries;

    KafkaEvents events;

    @BeforeEach
    void awaitConsumersAssigned() {
        KafkaEvents.awaitAssigned(kafkaClients, List.of("assessment-lifecycle", "score-results"));
        events = new KafkaEvents(json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void a_re_score_of_an_assessment_whose_candidate_was_emailed_sends_nothing_more() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        String email = "rescored-" + assessmentId + "@example.test";
        send("test.assessment-lifecycle", TestEvents.submitted(assessmentId, email));
        send("test.score-results", TestEvents.scored(assessmentId, 61.0, "operator"));
        await().atMost(Duration.ofSeconds(60)).until(() -> messages(email).size() == 1);

        ScoreComputed rescored = TestEvents.scored(assessmentId, 74.0, "architect");
        send("test.score-results", rescored);

        await().atMost(Duration.ofSeconds(60)).until(() -> delivery(rescored.eventId()) != null);
        assertThat(delivery(rescored.eventId()).status).isEqualTo(Delivery.SKIPPED);
        // The skipped delivery is written in the same transaction that decides it: nothing is left to send.
        assertThat(messages(email)).hasSize(1);
        assertThat(messages(email).get(0).get("subject").toString()).contains("61/100");
    }

    @Test
    void a_re_score_that_arrives_before_the_first_email_went_out_replaces_it() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        String email = "rescored-early-" + assessmentId + "@example.test";
        ScoreComputed first = TestEvents.scored(assessmentId, 40.0, "operator");
        ScoreComputed second = TestEvents.scored(assessmentId, 86.0, "innovator");
        send("test.score-results", first);
        send("test.score-results", second);
        await().atMost(Duration.ofSeconds(60)).until(() -> delivery(second.eventId()) != null);
        assertThat(delivery(first.eventId()).status).isEqualTo(Delivery.SKIPPED);

        send("test.assessment-lifecycle", TestEvents.submitted(assessmentId, email));
        await().atMost(Duration.ofSeconds(60)).until(() -> Delivery.SENT.equals(delivery(second.eventId()).status));
        List<Map<String, Object>> inbox = messages(email);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("subject").toString()).contains("86/100");
    }

    private Delivery delivery(UUID eventId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> deliveries.find("eventId", eventId).firstResult()));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(String topic, DomainEvent event) throws Exception {
        events.send(topic, event);
    }

    /** The recipient's inbox; GreenMail refuses the request for a recipient that never received anything. */
    private static List<Map<String, Object>> messages(String email) {
        var response = given().get(GREENMAIL + "/api/user/" + email + "/messages/INBOX");
        return response.statusCode() != 200 ? List.of() : response.jsonPath().getList("$");
    }
}

package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Who may publish on the real broker: it takes SCRAM logins only, and its ACLs (launcher/config/kafka/acls.txt) let
 * only scoring-service publish scores. A forged ScoreComputed from any other client is refused, so no one can give a
 * candidate a score the scoring never computed; this service, logged in as itself, runs as usual.
 */
@QuarkusTest
class KafkaAccessServiceTest {

    private static final Duration REFUSAL_WAIT = Duration.ofSeconds(10);

    @Test
    void another_service_cannot_publish_a_score() {
        // assessment-service is a real user of the broker, allowed to read scores, not to write them.
        assertThatThrownBy(() -> send(TestKafka.clientProperties("assessment-service"), RESULTS, forgedScore()))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void nor_can_it_announce_that_an_account_was_deleted() {
        assertThatThrownBy(() -> send(TestKafka.clientProperties("scoring-service"), "test.account-lifecycle", "{}"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void a_client_without_credentials_is_refused() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", TestKafka.BOOTSTRAP);
        // The listener speaks SASL only: a plain client never gets as far as the topic's metadata.
        assertThatThrownBy(() -> send(anonymous, RESULTS, forgedScore())).hasCauseInstanceOf(TimeoutException.class);

        Properties wrongPassword = TestKafka.clientProperties("scoring-service");
        wrongPassword.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"scoring-service\""
                        + " password=\"guessed\";");
        assertThatThrownBy(() -> send(wrongPassword, RESULTS, forgedScore()))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void scoring_service_publishes_scores_as_itself() throws Exception {
        // The service under test logged in with its own user: Kafka is among its ready checks.
        given().get("/q/health/ready").then().statusCode(200);

        String score = forgedScore();
        try (TopicReader reader = TopicReader.fromEnd(RESULTS)) {
            String key = send(TestKafka.clientProperties("scoring-service"), RESULTS, score);
            assertThat(reader.withKey(key, Duration.ofSeconds(30)))
                    .anySatisfy(r -> assertThat(TopicReader.text(r)).isEqualTo(score));
        }
    }

    /** A ScoreComputed as scoring-service writes it, for an assessment that does not exist. */
    private static String forgedScore() {
        ScoreComputed event =
                SampleEvents.scoreComputed(UUID.randomUUID(), 100, "expert").build();
        return new String(EventJson.bytes(event), StandardCharsets.UTF_8);
    }

    /** Sends one record and returns its key once the broker has it; the failure as the producer reports it. */
    private static String send(Properties client, String topic, String value) throws Exception {
        Properties props = new Properties();
        props.putAll(client);
        props.put("max.block.ms", String.valueOf(REFUSAL_WAIT.toMillis()));
        props.put("delivery.timeout.ms", "20000");
        props.put("request.timeout.ms", "10000");
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
        return key;
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code score-results} consumer on the real Kafka: a score with fields a newer producer added is applied; a record
 * that is not an event, or a score without its score, goes to {@code test.score-results.dlq} byte for byte and changes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class ScoreResultsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void a_score_with_fields_a_newer_producer_added_is_applied() {
        UUID id = submitted();
        ScoreComputed score = AssessmentLifecycleResourceTest.score(id, 64.5, "operator");

        TestKafka.publish(KafkaTopics.SCORE_RESULTS, score.key(), EventJson.withAddedField(score));

        await().atMost(WAIT)
                .untilAsserted(() ->
                        assessment(id).body("status", equalTo("scored")).body("score.finalScore", equalTo(64.5f)));
    }

    @Test
    void records_that_are_not_events_are_dead_lettered_change_nothing_and_the_next_one_is_still_read() {
        UUID id = submitted();
        byte[] garbage = PoisonBytes.garbage();
        byte[] untyped = PoisonBytes.jsonWithoutType();
        byte[] noScore = EventJson.changed(
                AssessmentLifecycleResourceTest.score(id, 12.0, "explorer"), node -> node.remove("finalScore"));

        try (DeadLetters dlq = new DeadLetters(KafkaTopics.SCORE_RESULTS + ".dlq", "score-results")) {
            TestKafka.publish(KafkaTopics.SCORE_RESULTS, id.toString(), garbage);
            TestKafka.publish(KafkaTopics.SCORE_RESULTS, id.toString(), untyped);
            TestKafka.publish(KafkaTopics.SCORE_RESULTS, id.toString(), noScore);

            await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
            await("score without finalScore dead-lettered").atMost(WAIT).until(() -> dlq.contains(noScore));
        }
        assessment(id).body("status", equalTo("scoring")).body("score", nullValue());

        KafkaTopics.publish(
                KafkaTopics.SCORE_RESULTS, id.toString(), AssessmentLifecycleResourceTest.score(id, 81.0, "architect"));
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assessment(id).body("status", equalTo("scored")).body("score.finalScore", equalTo(81.0f)));
    }

    /** A session submitted and waiting for its score. */
    private static UUID submitted() {
        UUID id = Sessions.running(CANDIDATE);
        Sessions.submit(CANDIDATE, id);
        await().atMost(WAIT).untilAsserted(() -> assessment(id).body("status", equalTo("scoring")));
        return id;
    }

    private static io.restassured.response.ValidatableResponse assessment(UUID id) {
        return given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200);
    }
}

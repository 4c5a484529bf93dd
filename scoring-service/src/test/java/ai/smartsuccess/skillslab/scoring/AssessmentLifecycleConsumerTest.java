package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.LIFECYCLE_DLQ;
import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@code assessment-lifecycle} consumer on the real Kafka: a submission with fields a newer producer added is
 * scored; a record that is not an event goes to {@code test.assessment-lifecycle.dlq} byte for byte, fails no
 * assessment, and the next submission is still scored.
 */
@QuarkusTest
class AssessmentLifecycleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    S3Client s3;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(RESULTS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void a_submission_with_fields_a_newer_producer_added_is_scored() throws Exception {
        SessionFixture session = stored();
        ObjectNode newer = SubmissionParser.MAPPER.valueToTree(session.submitted());
        newer.putObject("addedLater").put("by", "a newer producer");
        ((ObjectNode) newer.path("task")).put("alsoAddedLater", true);

        kafka.send(session.assessmentId.toString(), SubmissionParser.MAPPER.writeValueAsBytes(newer));

        assertThat(awaitResults(session.assessmentId).get(0).path("type").asText())
                .isEqualTo("ScoreComputed");
    }

    @Test
    void records_that_are_not_events_are_dead_lettered_fail_nothing_and_the_next_one_is_still_scored() {
        SessionFixture session = stored();
        String key = session.assessmentId.toString();
        byte[] garbage = garbage();
        byte[] untyped = ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"assessmentId\":\"" + key + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        try (DeadLetters dlq = new DeadLetters(LIFECYCLE_DLQ, "assessment-lifecycle")) {
            kafka.send(key, garbage);
            kafka.send(key, untyped);
            await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
            await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
        }

        // Same key, so read after them: the only result of the assessment is its score, no failure.
        kafka.send(key, session.submitted());
        List<JsonNode> results = awaitResults(session.assessmentId);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(60))
                .until(() -> results(session.assessmentId).size() == 1);
        assertThat(results.get(0).path("type").asText()).isEqualTo("ScoreComputed");
    }

    private SessionFixture stored() {
        SessionFixture session = Sessions.planned();
        if (session.withTracking) {
            put(session.trackingRef().bucket(), session.trackingRef().key(), session.trackingNdjson());
        }
        put(session.finalRef().bucket(), session.finalRef().key(), SessionFixture.filesJson(session.finalFiles));
        put(session.starterRef().bucket(), session.starterRef().key(), SessionFixture.filesJson(session.starterFiles));
        return session;
    }

    private void put(String bucket, String key, byte[] bytes) {
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
    }

    private List<JsonNode> results(UUID assessmentId) {
        return kafka.records(RESULTS, assessmentId.toString());
    }

    private List<JsonNode> awaitResults(UUID assessmentId) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !results(assessmentId).isEmpty());
        return results(assessmentId);
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call. */
    private static byte[] garbage() {
        return PoisonBytes.garbage();
    }
}

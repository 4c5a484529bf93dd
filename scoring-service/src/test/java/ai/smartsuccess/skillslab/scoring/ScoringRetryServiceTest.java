package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.LIFECYCLE_DLQ;
import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With object storage unreachable every attempt fails transiently: scoring retries with backoff, then gives up with a
 * ScoringFailed naming the reason and dead-letters the submission, so the assessment never stays in "scoring".
 */
@QuarkusTest
@TestProfile(ScoringRetryServiceTest.StorageDown.class)
class ScoringRetryServiceTest {

    public static class StorageDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.s3.endpoint-override", "http://127.0.0.1:9",
                    "skillslab.scoring.retry.max-attempts", "3",
                    "skillslab.scoring.retry.initial-backoff", "50ms",
                    "skillslab.scoring.retry.max-backoff", "200ms");
        }
    }

    @Test
    void transient_failures_are_retried_then_the_assessment_fails_with_a_reason_and_the_event_is_dead_lettered() {
        try (KafkaTestClient kafka = new KafkaTestClient(RESULTS, LIFECYCLE_DLQ)) {
            SessionFixture session = Sessions.planned();
            kafka.send(session.assessmentId.toString(), session.submitted());

            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> !kafka.records(RESULTS, session.assessmentId.toString())
                            .isEmpty());
            List<JsonNode> results = kafka.records(RESULTS, session.assessmentId.toString());
            assertThat(results).hasSize(1);
            assertThat(results.get(0).path("type").asText()).isEqualTo("ScoringFailed");
            assertThat(results.get(0).path("reason").asText()).contains("unavailable", "re-score");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !kafka.records(LIFECYCLE_DLQ, session.assessmentId.toString())
                            .isEmpty());
        }
    }
}

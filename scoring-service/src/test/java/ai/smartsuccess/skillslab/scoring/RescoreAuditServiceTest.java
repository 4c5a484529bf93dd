package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.LIFECYCLE_DLQ;
import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** An administrator's re-score leaves one audit entry on {@code test.audit}, with the run it started. */
@QuarkusTest
class RescoreAuditServiceTest {

    @Inject
    S3Client s3;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_re_score_an_admin_asks_for_is_audited() {
        SessionFixture session = Sessions.planned();
        put(session.finalRef().bucket(), session.finalRef().key(), SessionFixture.filesJson(session.finalFiles));
        put(session.starterRef().bucket(), session.starterRef().key(), SessionFixture.filesJson(session.starterFiles));
        put(session.trackingRef().bucket(), session.trackingRef().key(), session.trackingNdjson());
        try (KafkaTestClient kafka = new KafkaTestClient(RESULTS, LIFECYCLE_DLQ);
                TopicReader audit = TopicReader.fromEnd("test.audit")) {
            kafka.send(session.assessmentId.toString(), session.submitted());
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !kafka.records(RESULTS, session.assessmentId.toString())
                            .isEmpty());

            String runId = given().auth()
                    .oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN))
                    .header("X-Skills-Lab-Client-Address", "192.0.2.44")
                    .post("/api/admin/scoring/" + session.assessmentId + "/rescore")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("runId");

            String key = "assessment:" + session.assessmentId;
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !entries(audit, key).isEmpty());
            JsonNode entry = entries(audit, key).get(0);
            assertThat(entry.path("action").asText()).isEqualTo("scoring.rescore-requested");
            assertThat(entry.path("actorId").asText()).isEqualTo(KeycloakTokens.subject(KeycloakTokens.ADMIN));
            assertThat(entry.path("actorRole").asText()).isEqualTo("admin");
            assertThat(entry.path("actorService").asText()).isEqualTo("scoring-service");
            assertThat(entry.path("clientAddress").asText()).isEqualTo("192.0.2.44");
            assertThat(entry.path("details").path("runId").asText()).isEqualTo(runId);
        }
    }

    private List<JsonNode> entries(TopicReader audit, String key) {
        return audit.withKey(key, Duration.ofMillis(500)).stream()
                .map(record -> {
                    try {
                        return json.readTree(record.value());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private void put(String bucket, String key, byte[] bytes) {
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
    }
}

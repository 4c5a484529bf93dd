package ai.smartsuccess.skillslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * With {@code skillslab.retention.code-and-chat=P0D} workspace snapshots are kept however old, while tracking detail
 * still goes after its 12 months. Real PostgreSQL and S3Proxy.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
@TestProfile(RetentionKeepsCodeServiceTest.KeepCode.class)
class RetentionKeepsCodeServiceTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    S3Client s3;

    @Test
    void a_period_of_zero_keeps_the_snapshots_of_a_session_that_ended_long_ago() {
        StoredSessions sessions = new StoredSessions(s3);
        UUID old = sessions.create("retained-" + UUID.randomUUID(), "terminated", "now() - interval '5 years'");
        StoredSessions.recordActivity(old);
        await().atMost(BOUND).until(() -> StoredSessions.activity(old) == 0);

        // Its activity went in some pass; a second session's activity going proves a later pass, whose snapshot round
        // started after the first session was stored, and still left its files.
        UUID later = sessions.create("retained-" + UUID.randomUUID(), "terminated", "now() - interval '5 years'");
        StoredSessions.recordActivity(later);
        await().atMost(BOUND).until(() -> StoredSessions.activity(later) == 0);

        assertThat(sessions.keys(old)).hasSize(3);
        assertThat(StoredSessions.erased(old)).isFalse();
    }

    public static class KeepCode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("skillslab.retention.code-and-chat", "P0D");
        }
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A session that ended longer ago than the retention (12 months for code and for tracking detail) loses its workspace
 * snapshots, its finalize answer and its activity rows; a session that ended later keeps them. Real PostgreSQL and
 * S3Proxy.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class RetentionServiceTest {

    @Inject
    S3Client s3;

    @Test
    void a_session_that_ended_before_the_retention_loses_its_files_and_activity_and_a_later_one_keeps_them() {
        StoredSessions sessions = new StoredSessions(s3);
        UUID expired = sessions.create("retained-" + UUID.randomUUID(), "terminated", "now() - interval '13 months'");
        UUID kept = sessions.create("retained-" + UUID.randomUUID(), "terminated", "now() - interval '11 months'");
        StoredSessions.recordActivity(expired);
        StoredSessions.recordActivity(kept);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> StoredSessions.erased(expired) && StoredSessions.activity(expired) == 0);
        assertThat(sessions.keys(expired)).isEmpty();
        assertThat(sessions.keys(kept)).hasSize(3);
        assertThat(StoredSessions.erased(kept)).isFalse();
        assertThat(StoredSessions.activity(kept)).isEqualTo(1);
    }
}

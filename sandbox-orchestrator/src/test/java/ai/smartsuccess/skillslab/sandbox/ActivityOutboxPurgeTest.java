package ai.smartsuccess.skillslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published activity rows (what the candidate typed) are deleted an hour after they went out; newer ones stay. */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class ActivityOutboxPurgeTest {

    @Test
    void a_row_published_longer_ago_than_an_hour_goes_and_a_newer_one_stays() {
        UUID old = row("now() - interval '2 hours'");
        UUID recent = row("now() - interval '10 minutes'");

        await().atMost(Duration.ofSeconds(60)).until(() -> count(old) == 0);
        assertThat(count(recent)).isEqualTo(1);
    }

    /** A terminal command of a session of its own, published at {@code sentAt} (SQL). */
    private static UUID row(String sentAt) {
        UUID assessmentId = UUID.randomUUID();
        TestDatabase.execute(
                "insert into sandbox.activity_outbox (event_id, assessment_id, sequence, kind, payload, created_at,"
                        + " sent_at) values (?, ?, 1, 'terminal_command', '{\"command\":\"echo ada@example.com\"}'::jsonb,"
                        + " now() - interval '3 hours', " + sentAt + ")",
                UUID.randomUUID(),
                assessmentId);
        return assessmentId;
    }

    private static long count(UUID assessmentId) {
        return ((Number) TestDatabase.value(
                        "select count(*) from sandbox.activity_outbox where assessment_id = ?", assessmentId))
                .longValue();
    }
}

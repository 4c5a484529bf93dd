package ai.smartsuccess.skillslab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published outbox rows are deleted after the retention (an hour); newer ones stay. */
@QuarkusTest
class OutboxPurgeServiceTest {

    @Test
    void a_row_published_longer_ago_than_the_retention_goes_and_a_newer_one_stays() {
        UUID old = row("now() - interval '2 hours'");
        UUID recent = row("now() - interval '10 minutes'");

        await().atMost(Duration.ofSeconds(60)).until(() -> count(old) == 0);
        assertThat(count(recent)).isEqualTo(1);
    }

    /** An outbox row as the relay leaves it once published, at {@code sentAt} (SQL). */
    private static UUID row(String sentAt) {
        UUID eventId = UUID.randomUUID();
        TestDatabase.execute(
                "insert into assessment.outbox (event_id, topic, message_key, event_type, payload, created_at, sent_at)"
                        + " values (?, 'test.purge-only', ?, 'AssessmentStarted', '{\"candidate\":\"Ada\"}'::jsonb,"
                        + " now() - interval '3 hours', " + sentAt + ")",
                eventId,
                eventId.toString());
        return eventId;
    }

    private static long count(UUID eventId) {
        return ((Number) TestDatabase.value("select count(*) from assessment.outbox where event_id = ?", eventId))
                .longValue();
    }
}

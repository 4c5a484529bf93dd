package ai.smartsuccess.skillslab.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Emails on record and in-app notifications older than the retention for code and chat (12 months) go; younger ones
 * stay. Real PostgreSQL; the job runs every second in tests.
 */
@QuarkusTest
class RetentionServiceTest {

    @Test
    void emails_and_notifications_older_than_the_retention_go_and_younger_ones_stay() {
        UUID oldEmail = email("13 months");
        UUID recentEmail = email("11 months");
        UUID oldNotice = notice("13 months");
        UUID recentNotice = notice("11 months");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("deliveries", oldEmail) == 0 && count("notifications", oldNotice) == 0);
        assertThat(count("deliveries", recentEmail)).isEqualTo(1);
        assertThat(count("notifications", recentNotice)).isEqualTo(1);
    }

    private static UUID email(String age) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute(
                "insert into notification.deliveries (id, event_id, kind, recipient, subject, payload, status, created_at,"
                        + " sent_at) values (?, ?, 'score-ready', ?, 'Your score', '{}'::jsonb, 'sent',"
                        + " now() - cast(? as interval), now() - cast(? as interval))",
                id,
                UUID.randomUUID(),
                "retention-" + id + "@example.test",
                age,
                age);
        return id;
    }

    private static UUID notice(String age) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute(
                "insert into notification.notifications (id, user_id, kind, event_id, subject_name, details, created_at)"
                        + " values (?, ?, 'candidate.submitted', ?, 'Old Candidate', '{}'::jsonb, now() - cast(? as interval))",
                id,
                "retention-" + id,
                UUID.randomUUID(),
                age);
        return id;
    }

    private static long count(String table, UUID id) {
        return (Long) TestDatabase.value("select count(*) from notification." + table + " where id = ?", id);
    }
}

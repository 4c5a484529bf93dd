package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scoring runs past the scores' retention (24 months) are deleted; newer ones stay. */
@QuarkusTest
class RetentionServiceTest {

    @Test
    void a_run_older_than_the_retention_goes_and_a_newer_one_stays() {
        UUID expired = run("now() - interval '25 months'");
        UUID kept = run("now() - interval '23 months'");

        await().atMost(Duration.ofSeconds(60)).until(() -> runs(expired) == 0);
        assertThat(runs(kept)).isEqualTo(1);
    }

    private static UUID run(String createdAt) {
        UUID assessmentId = UUID.randomUUID();
        TestDatabase.execute(
                "insert into scoring.scoring_runs (id, assessment_id, scoring_version, origin, status, published,"
                        + " input_event, created_at) values (?, ?, 'test', 'event', 'scored', true,"
                        + " '{\"candidate\": {\"userId\": \"retained\"}}'::jsonb, " + createdAt + ")",
                UUID.randomUUID(),
                assessmentId);
        return assessmentId;
    }

    private static long runs(UUID assessmentId) {
        return ((Number) TestDatabase.value(
                        "select count(*) from scoring.scoring_runs where assessment_id = ?", assessmentId))
                .longValue();
    }
}

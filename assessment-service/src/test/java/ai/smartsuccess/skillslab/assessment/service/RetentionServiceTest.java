package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Retention with the default periods (tracking detail and code and chat 12 months, scores 24 months), enforced by the
 * scheduled sweep (every second in tests).
 */
@QuarkusTest
class RetentionServiceTest {

    @Test
    void data_past_each_retention_goes_and_newer_data_stays() {
        RetentionFixtures recent = RetentionFixtures.endedMonthsAgo(11);
        RetentionFixtures pastTwelveMonths = RetentionFixtures.endedMonthsAgo(13);
        RetentionFixtures pastTwoYears = RetentionFixtures.endedMonthsAgo(25);

        await().atMost(Duration.ofSeconds(60)).until(() -> !pastTwoYears.exists());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> pastTwelveMonths.trackingRows() == 0 && pastTwelveMonths.chatMessages() == 0);

        // Past 24 months: the assessment, its score and its tracking object are gone.
        assertThat(pastTwoYears.scores()).isZero();
        assertThat(pastTwoYears.trackingObjectStored()).isFalse();
        // Past 12 months: tracking detail, chat and notes are gone; the assessment and its score stay.
        assertThat(pastTwelveMonths.trackingObjectStored()).isFalse();
        assertThat(pastTwelveMonths.notes()).isNull();
        assertThat(pastTwelveMonths.exists()).isTrue();
        assertThat(pastTwelveMonths.scores()).isEqualTo(1);
        // Newer: everything stays.
        assertThat(recent.exists()).isTrue();
        assertThat(recent.trackingRows()).isEqualTo(1);
        assertThat(recent.trackingObjectStored()).isTrue();
        assertThat(recent.chatMessages()).isEqualTo(1);
        assertThat(recent.notes()).isEqualTo("what the candidate noted");
        assertThat(recent.scores()).isEqualTo(1);
    }
}

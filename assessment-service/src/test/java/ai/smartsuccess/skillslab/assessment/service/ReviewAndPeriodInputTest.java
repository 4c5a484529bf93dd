package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.model.ReviewStage;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsService.Period;
import ai.smartsuccess.skillslab.assessment.service.ReviewService.ReviewInput;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReviewAndPeriodInputTest {

    @Test
    void a_review_takes_a_known_stage_a_whole_rating_from_1_to_5_and_notes_up_to_2000_characters() {
        ReviewInput input = ReviewInput.parse("shortlisted", new BigDecimal("4"), "  strong tests  ");
        assertThat(input.stage()).isEqualTo(ReviewStage.SHORTLISTED);
        assertThat(input.rating()).isEqualTo(4);
        assertThat(input.notes()).isEqualTo("strong tests");
        assertThat(ReviewInput.parse("hired", new BigDecimal("5.0"), null).rating())
                .isEqualTo(5);
        assertThat(ReviewInput.parse("new", null, "   ").notes()).isNull();
        // 2,000 characters, some outside the BMP: characters are counted, not UTF-16 units.
        assertThat(ReviewInput.parse("new", null, "😀".repeat(2000)).notes()).hasSize(4000);
    }

    @Test
    void each_bad_value_is_named() {
        assertField(() -> ReviewInput.parse(null, null, null), "stage");
        assertField(() -> ReviewInput.parse("maybe", null, null), "stage");
        assertField(() -> ReviewInput.parse("new", new BigDecimal("0"), null), "rating");
        assertField(() -> ReviewInput.parse("new", new BigDecimal("6"), null), "rating");
        assertField(() -> ReviewInput.parse("new", new BigDecimal("3.5"), null), "rating");
        assertField(() -> ReviewInput.parse("new", null, "x".repeat(2001)), "notes");
    }

    @Test
    void a_period_takes_dates_or_date_times_and_ends_after_its_last_day() {
        Period days = Period.parse(null, "2026-03-01", "2026-03-31");
        assertThat(days.from()).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00:00Z"));
        assertThat(days.to()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00:00Z"));
        Period same = Period.parse(null, "2026-03-01", "2026-03-01");
        assertThat(same.to()).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00:00Z"));
        Period times = Period.parse(null, "2026-03-01T10:00:00+02:00", null);
        assertThat(times.from()).isEqualTo(OffsetDateTime.parse("2026-03-01T08:00:00Z"));
        assertThat(times.to()).isNull();
    }

    @Test
    void a_bad_period_is_named() {
        assertField(() -> Period.parse(null, "2026-03-02", "2026-03-01"), "from");
        assertField(() -> Period.parse(null, "yesterday", null), "from");
        assertField(() -> Period.parse(null, null, "2026-13-01"), "to");
        assertField(() -> Period.parse("nope", null, null), "taskId");
    }

    private static void assertField(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo(field));
    }
}

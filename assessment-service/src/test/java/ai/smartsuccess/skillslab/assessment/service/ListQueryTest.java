package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The caller's list query: the date bounds are whole UTC days, and every bad value is named. */
class ListQueryTest {

    @Test
    void from_and_to_bound_whole_days_and_to_is_inclusive() {
        ListQuery query = ListQuery.parse(null, "scored", "2026-04-01", "2026-04-30", 20, 0, 100);
        assertThat(query.createdFrom()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00:00Z"));
        assertThat(query.createdBefore()).isEqualTo(OffsetDateTime.parse("2026-05-01T00:00:00Z"));
        ListQuery open = ListQuery.parse(null, null, " ", null, 20, 0, 100);
        assertThat(open.createdFrom()).isNull();
        assertThat(open.createdBefore()).isNull();
        assertThat(ListQuery.parse(null, null, "2026-04-01", "2026-04-01", 20, 0, 100)
                        .createdBefore())
                .isEqualTo(OffsetDateTime.parse("2026-04-02T00:00:00Z"));
    }

    @Test
    void bad_dates_and_a_range_backwards_are_named() {
        assertThatThrownBy(() -> ListQuery.parse("nope", null, "2026-02-30", "04/01/2026", 0, -1, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("taskId", "from", "to", "limit", "offset"));
        assertThatThrownBy(() -> ListQuery.parse(null, null, "2026-04-10", "2026-04-01", 20, 0, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("to"));
    }
}

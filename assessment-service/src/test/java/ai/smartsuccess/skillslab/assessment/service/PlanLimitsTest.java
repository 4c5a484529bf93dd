package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PlanLimitsTest {

    @Test
    void the_month_is_the_calendar_month_in_utc() {
        assertThat(PlanLimits.monthStart(OffsetDateTime.parse("2026-12-07T13:20:00Z")))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        // Still November in UTC, already December in Berlin.
        assertThat(PlanLimits.monthStart(OffsetDateTime.parse("2026-12-01T00:30:00+01:00")))
                .isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00Z"));
        assertThat(PlanLimits.monthStart(OffsetDateTime.parse("2026-12-01T00:00:00Z")))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
    }
}

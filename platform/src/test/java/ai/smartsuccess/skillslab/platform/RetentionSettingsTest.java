package ai.smartsuccess.skillslab.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    @Test
    void a_period_gives_the_cutoff_and_zero_keeps_for_ever() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-07T20:00:00Z");
        assertThat(RetentionSettings.cutoff(Period.ofMonths(24), now))
                .isEqualTo(OffsetDateTime.parse("2024-12-07T20:00:00Z"));
        assertThat(RetentionSettings.cutoff(Period.ZERO, now)).isNull();
    }
}

package ai.smartsuccess.skillslab.assessment.service.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.model.NameDisplay;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameDisplayAndBadgeTest {

    @Test
    void a_name_is_published_as_chosen() {
        assertThat(NameDisplay.FULL.apply("Jane", "Doe", "Jane Doe")).isEqualTo("Jane Doe");
        assertThat(NameDisplay.INITIALS.apply("Jane", "Doe", "Jane Doe")).isEqualTo("J. D.");
        assertThat(NameDisplay.INITIALS.apply(null, null, "jane van doe")).isEqualTo("J. V. D.");
        assertThat(NameDisplay.HIDDEN.apply("Jane", "Doe", "Jane Doe")).isEqualTo("A Skills Lab candidate");
        assertThat(NameDisplay.FULL.apply(null, null, " ")).isEqualTo("A Skills Lab candidate");
    }

    @Test
    void scores_round_half_up_to_one_decimal_and_strengths_keep_three_titles() {
        assertThat(ResultShareService.oneDecimal(82.45)).isEqualTo(82.5);
        assertThat(ResultShareService.oneDecimal(82.44)).isEqualTo(82.4);
        assertThat(ResultShareService.title("Clear plan before coding. It wrote the steps in NOTES.md first."))
                .isEqualTo("Clear plan before coding.");
        assertThat(ResultShareService.newShareId()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void the_badge_escapes_text_and_says_verified_only_when_it_is() {
        PublicResult verified = result(true, "proficient");
        PublicResult issued = result(false, "<script>&");
        assertThat(ResultBadge.svg(verified)).contains("82.5 · Proficient · verified");
        String svg = ResultBadge.svg(issued);
        assertThat(svg).doesNotContain("verified").doesNotContain("<script>").contains("&lt;script&gt;&amp;");
    }

    private static PublicResult result(boolean verified, String level) {
        return new PublicResult(
                "abc",
                "J. D.",
                "Task",
                "medium",
                "2026-12-01",
                82.5,
                level,
                Map.of("planning", 70.0),
                List.of(),
                "1.3.0",
                verified,
                "Skills Lab",
                "2026-12-01T10:00:00Z");
    }
}

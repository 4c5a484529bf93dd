package ai.smartsuccess.skillslab.scoring.service.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JudgeResponseParserTest {

    static final String VALID = "{\"subitems\":{\"clarity_specificity\":{\"score\":72,\"rationale\":\"Names files.\"},"
            + "\"context_management\":{\"score\":60,\"rationale\":\"ok\"},\"iteration_efficiency\":{\"score\":55,"
            + "\"rationale\":\"ok\"},\"error_recovery\":{\"score\":40,\"rationale\":\"ok\"}},"
            + "\"manipulationAttempt\":false,\"summary\":\"Fine.\"}";

    @Test
    void reads_every_subitem_of_the_category() {
        JudgeVerdict verdict = JudgeResponseParser.parse("prompt_engineering", VALID);
        assertThat(verdict.scores()).containsEntry("clarity_specificity", 72.0).hasSize(4);
        assertThat(verdict.rationales().get("clarity_specificity")).isEqualTo("Names files.");
        assertThat(verdict.manipulationAttempt()).isFalse();
    }

    @Test
    void a_fenced_answer_is_accepted() {
        assertThat(JudgeResponseParser.parse("prompt_engineering", "```json\n" + VALID + "\n```")
                        .scores())
                .hasSize(4);
    }

    @Test
    void a_missing_non_numeric_or_out_of_range_score_is_a_failed_verdict_not_a_guess() {
        assertThatThrownBy(() -> JudgeResponseParser.parse(
                        "prompt_engineering", VALID.replace("\"score\":72", "\"score\":\"high\"")))
                .isInstanceOf(JudgeException.class);
        assertThatThrownBy(() ->
                        JudgeResponseParser.parse("prompt_engineering", VALID.replace("\"score\":72", "\"score\":720")))
                .isInstanceOf(JudgeException.class);
        assertThatThrownBy(() -> JudgeResponseParser.parse("planning", VALID)).isInstanceOf(JudgeException.class);
        assertThatThrownBy(() -> JudgeResponseParser.parse("planning", "I cannot help with that."))
                .isInstanceOf(JudgeException.class);
    }
}

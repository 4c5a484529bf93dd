package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.support.Reports;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures are read from the report's real keys, and a missing or odd value is null, never a made-up number. */
class ScoreFiguresTest {

    @Test
    void prompts_and_ai_code_share_come_from_the_ai_usage_analysis() {
        JsonObject ai = section(Reports.figures().ai(9, 0.42), "aiUsageAnalysis");
        assertThat(ScoreFigures.prompts(ai)).isEqualTo(9);
        assertThat(ScoreFigures.aiCodeShare(ai)).isEqualTo(0.42);
        assertThat(ScoreFigures.modelsUsed(ai)).containsExactly("offline-assistant");
    }

    @Test
    void figures_the_report_does_not_have_are_null() {
        JsonObject ai = section(Reports.figures().ai(null, null), "aiUsageAnalysis");
        assertThat(ScoreFigures.prompts(ai)).isNull();
        assertThat(ScoreFigures.aiCodeShare(ai)).isNull();
        assertThat(ScoreFigures.prompts(null)).isNull();
        assertThat(ScoreFigures.aiCodeShare(new JsonObject().put("aiProvenance", "n/a")))
                .isNull();
        assertThat(ScoreFigures.prompts(new JsonObject().put("totalPrompts", "6")))
                .isNull();
        assertThat(ScoreFigures.integrityFlags(null)).isNull();
    }

    @Test
    void integrity_flags_gather_the_sandbox_flags_the_signals_and_what_the_scorer_set_aside() {
        Reports.Figures figures = Reports.figures();
        figures.hiddenTestFlags = List.of("conftest", "forged-results");
        figures.signals = List.of("evidence-incomplete");
        figures.manipulationAttempts = 2;
        figures.notesAddressedToScoring = 1;
        JsonObject integrity = section(figures, "integrity");
        assertThat(ScoreFigures.integrityFlags(integrity))
                .containsExactly(
                        "conftest",
                        "evidence-incomplete",
                        "forged-results",
                        "manipulation-attempts",
                        "notes-addressed-to-scoring");
    }

    @Test
    void a_clean_record_has_no_flags_and_content_free_notes_are_not_one() {
        assertThat(ScoreFigures.integrityFlags(section(Reports.figures(), "integrity")))
                .isEmpty();
    }

    @Test
    void the_time_split_and_subitem_scores_are_read_as_written() {
        JsonObject time = section(Reports.figures(), "timeAnalysis");
        assertThat(ScoreFigures.timeSplit(time))
                .containsEntry("totalSeconds", 1800L)
                .containsEntry("codingSeconds", 900L)
                .containsEntry("timeLimitSeconds", 3600L);
        JsonObject report = new JsonObject(Reports.report(Reports.figures()));
        assertThat(ScoreFigures.subitemScores(report.getJsonObject("subitemScores")))
                .containsKey("prompt_engineering");
        assertThat(ScoreFigures.subitemScores(report.getJsonObject("subitemScores"))
                        .get("prompt_engineering")
                        .get("clarity_specificity"))
                .isEqualTo(72.0);
    }

    private static JsonObject section(Reports.Figures figures, String name) {
        return new JsonObject(Reports.detailedAnalysis(figures)).getJsonObject(name);
    }
}

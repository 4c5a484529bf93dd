package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.calculate.EffectiveConfigResolver;
import ai.smartsuccess.skillslab.scoring.service.calculate.LevelResolver;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same session (plan, prompts, runs) with a solution that passes the hidden suite and one that passes none of it:
 * the level is a claim about the work, so the unsolved one stays below Operator, and score and level agree.
 */
class OutcomeBackedLevelTest {

    final ScoringEngine engine = Engines.evidenceOnly();

    static SessionFixture withHiddenPassed(String name, double share) {
        SessionFixture session = Corpus.load(name);
        HiddenTestResults honest = session.hiddenTests;
        int total = Math.max(honest.total(), 8);
        int passed = (int) Math.round(total * share);
        session.hiddenTests = new HiddenTestResults(
                honest.runner(), total, passed, total - passed, honest.durationMs(), false, null, List.of());
        return session;
    }

    @Test
    void strong_process_without_a_working_solution_is_not_operator() {
        ScoreReport solved =
                engine.score(withHiddenPassed("planner-verifier", 1.0).input());
        ScoreReport unsolved =
                engine.score(withHiddenPassed("planner-verifier", 0.0).input());

        assertThat(solved.proficiencyLevel()).isIn("architect", "innovator");
        assertThat(unsolved.proficiencyLevel()).isEqualTo("explorer");
        assertThat(unsolved.finalScore()).isLessThan(40);
        assertThat(solved.finalScore() - unsolved.finalScore()).isGreaterThanOrEqualTo(20);
        Map<?, ?> gate = (Map<?, ?>) unsolved.detailedAnalysis().get("outcomeGate");
        assertThat(gate.get("applied")).isEqualTo(true);
        assertThat(unsolved.detailedAnalysis().get("summary").toString()).doesNotContainIgnoringCase("operator");
    }

    @Test
    void a_partly_working_solution_reaches_operator_at_most() {
        ScoreReport partly =
                engine.score(withHiddenPassed("planner-verifier", 0.5).input());
        assertThat(partly.proficiencyLevel()).isIn("explorer", "operator");
        assertThat(partly.finalScore()).isLessThan(65);
    }

    @Test
    void every_report_of_the_corpus_has_a_level_its_score_gives() {
        for (String name : Corpus.SESSIONS) {
            SessionFixture session = Corpus.load(name);
            ScoreReport report = engine.score(session.input());
            String levelOfScore = LevelResolver.resolve(
                    report.finalScore(),
                    EffectiveConfigResolver.resolve(session.input().submission().evaluationConfig(), null)
                            .levels());
            assertThat(report.proficiencyLevel()).as(name).isEqualTo(levelOfScore);
        }
    }
}

package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomSubitem;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Scorers;
import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemResult;
import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemScorer;
import ai.smartsuccess.skillslab.scoring.service.judge.ScoreBlender;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    final ScoringEngine engine = Engines.evidenceOnly();

    @Test
    void a_business_custom_category_is_scored_from_the_subitems_it_names_and_weighted_into_the_final_score() {
        SessionFixture session = Corpus.load("edge-case-tester");
        session.evaluationConfig = new EvaluationConfig(
                Map.of(
                        "planning",
                        20,
                        "prompt_engineering",
                        20,
                        "tool_orchestration",
                        20,
                        "outcome_quality",
                        20,
                        "reliability",
                        20),
                Map.of("reliability", Map.of("defensive_code", 70, "verified", 30)),
                null,
                List.of(new CustomCategory(
                        "reliability",
                        "Reliability",
                        "Does it hold up?",
                        List.of(
                                new CustomSubitem("defensive_code", "Defensive code", "", "edge_case_handling"),
                                new CustomSubitem("verified", "Verified", "", "correctness")))));

        ScoreReport report = engine.score(session.input());

        Map<String, SubitemScore> custom = report.subitemScores().get("reliability");
        Map<String, SubitemScore> outcome = report.subitemScores().get("outcome_quality");
        assertThat(custom.get("defensive_code").raw())
                .isEqualTo(outcome.get("edge_case_handling").raw());
        assertThat(custom.get("verified").raw())
                .isEqualTo(outcome.get("correctness").raw());
        assertThat(report.categoryScores()).containsKey("reliability");
        double expected = 0;
        for (double category : report.categoryScores().values()) {
            expected += category * 20 / 100;
        }
        assertThat(report.finalScore()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.02));
        assertThat(report.subitemScores().values().stream().mapToInt(Map::size).sum())
                .isEqualTo(18);
        Map<?, ?> weights = (Map<?, ?>) report.detailedAnalysis().get("weights");
        assertThat(weights.get("customCategories").toString())
                .contains("name=Reliability")
                .contains("name=Defensive code")
                .contains("name=Verified");
    }

    @Test
    void a_custom_subitem_naming_an_unknown_signal_is_reported_as_failed_not_scored() {
        SessionFixture session = Corpus.load("moderate");
        session.evaluationConfig = new EvaluationConfig(
                null,
                null,
                null,
                List.of(new CustomCategory(
                        "vibes",
                        "Vibes",
                        "",
                        List.of(
                                new CustomSubitem("aura", "Aura", "", "charisma"),
                                new CustomSubitem("tested", "Tested", "", "correctness")))));
        ScoreReport report = engine.score(session.input());
        assertThat(report.failedEvaluators()).containsExactly("vibes.aura");
        assertThat(report.subitemScores().get("vibes")).containsOnlyKeys("tested");
    }

    @Test
    void a_submission_without_task_snapshot_or_config_is_scored_with_equal_default_weights() {
        SessionFixture session = Corpus.load("moderate");
        session.task = null;
        ScoreReport report = engine.score(session.input());
        assertThat(report.failedEvaluators()).isEmpty();
        assertThat(report.subitemScores()
                        .get("outcome_quality")
                        .get("correctness")
                        .weight())
                .isEqualTo(25.0);
    }

    @Test
    void a_failing_scorer_is_reported_and_never_replaced_by_a_neutral_score() {
        List<SubitemScorer> scorers = new ArrayList<>(Scorers.all());
        scorers.set(0, new SubitemScorer() {
            public String category() {
                return "planning";
            }

            public String subitem() {
                return "task_breakdown";
            }

            public SubitemResult score(SessionEvidence evidence) {
                throw new IllegalStateException("boom");
            }
        });
        ScoringEngine broken =
                new ScoringEngine(Engines.embedder(), scorers, Optional.empty(), new ScoreBlender(15, 0.5));
        ScoreReport report = broken.score(Corpus.load("moderate").input());
        assertThat(report.failedEvaluators()).containsExactly("planning.task_breakdown");
        assertThat(report.subitemScores().get("planning")).doesNotContainKey("task_breakdown");
        assertThat(report.detailedAnalysis().get("summary").toString()).contains("could not be evaluated");
    }

    @Test
    void the_summary_addresses_the_candidate_as_you_and_reviewers_read_it_in_the_third_person() {
        SessionFixture invited = Corpus.load("planner-verifier");
        invited.invitationId = UUID.randomUUID();
        Map<String, Object> analysis = engine.score(invited.input()).detailedAnalysis();
        String you = analysis.get("summary").toString();
        assertThat(you).startsWith("You scored ").contains(" level: ").doesNotContain("The candidate");
        assertThat(you).containsPattern("The session took \\d+ minutes: ");
        assertThat(you).doesNotContain(".0 minutes").doesNotContain("proficiency demonstrating");

        String reviewer = analysis.get("reviewerSummary").toString();
        assertThat(reviewer).startsWith("The candidate scored ").doesNotContain("You ");
        assertThat(reviewer.substring("The candidate".length())).isEqualTo(you.substring("You".length()));

        String practice = engine.score(Corpus.load("planner-verifier").input())
                .detailedAnalysis()
                .get("summary")
                .toString();
        assertThat(practice).startsWith("You scored ");
    }

    @Test
    void the_report_records_version_models_time_and_ai_provenance() {
        ScoreReport report = engine.score(Corpus.load("paste-and-submit").input());
        assertThat(report.scoringVersion()).isEqualTo(ScoringEngine.SCORING_VERSION);
        assertThat(report.scoringModels()).containsExactly("evidence-v1", "all-minilm-l6-v2");
        Map<?, ?> ai = (Map<?, ?>) report.detailedAnalysis().get("aiUsageAnalysis");
        Map<?, ?> provenance = (Map<?, ?>) ai.get("aiProvenance");
        assertThat((Double) provenance.get("aiShareOfFinalCode")).isGreaterThan(0.8);
        Map<?, ?> patterns = (Map<?, ?>) ai.get("promptPatterns");
        assertThat(patterns.get("promptsCopyingTheTask")).isEqualTo(1);
        Map<?, ?> time = (Map<?, ?>) report.detailedAnalysis().get("timeAnalysis");
        assertThat(time.get("totalMinutes")).isEqualTo(14L);
    }
}

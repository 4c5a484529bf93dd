package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.FeedbackClaims;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recorded sessions score in the order a human reviewer would put them. Orderings, not exact numbers, so that
 * formulas can be tuned without rewriting the test; each ordering names the archetypes it compares.
 */
class CalibrationCorpusTest {

    static final ScoringEngine ENGINE = Engines.evidenceOnly();
    static final Map<String, ScoreReport> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void scoreTheCorpus() {
        for (String name : Corpus.SESSIONS) {
            REPORTS.put(name, ENGINE.score(Corpus.load(name).input()));
        }
        REPORTS.forEach((name, r) -> System.out.printf(
                "%-24s %6.2f %-10s %s%n", name, r.finalScore(), r.proficiencyLevel(), r.categoryScores()));
    }

    static double total(String name) {
        return REPORTS.get(name).finalScore();
    }

    static double sub(String name, String category, String subitem) {
        return REPORTS.get(name).subitemScores().get(category).get(subitem).raw();
    }

    static double category(String name, String category) {
        return REPORTS.get(name).categoryScores().get(category);
    }

    @Test
    void the_corpus_covers_every_archetype_with_realistic_sessions() {
        assertThat(Corpus.SESSIONS).hasSizeGreaterThanOrEqualTo(12);
        for (String name : Corpus.SESSIONS) {
            assertThat(Corpus.description(name)).as(name).isNotBlank();
            ScoreReport report = REPORTS.get(name);
            assertThat(report.subitemScores().values().stream()
                            .mapToInt(Map::size)
                            .sum())
                    .as(name)
                    .isEqualTo(16);
            assertThat(report.failedEvaluators()).as(name).isEmpty();
        }
    }

    @Test
    void planning_first_and_verifying_each_step_beats_pasting_the_task_and_submitting_untested() {
        assertThat(total("planner-verifier")).isGreaterThan(total("moderate"));
        assertThat(total("moderate")).isGreaterThan(total("paste-and-submit"));
        assertThat(total("planner-verifier") - total("paste-and-submit")).isGreaterThan(25);
        assertThat(REPORTS.get("planner-verifier").proficiencyLevel()).isIn("architect", "innovator");
        assertThat(REPORTS.get("paste-and-submit").proficiencyLevel()).isIn("explorer", "operator");
        assertThat(sub("paste-and-submit", "planning", "task_breakdown"))
                .isLessThan(sub("planner-verifier", "planning", "task_breakdown"));
        assertThat(sub("paste-and-submit", "prompt_engineering", "clarity_specificity"))
                .isLessThan(sub("planner-verifier", "prompt_engineering", "clarity_specificity"));
    }

    @Test
    void solving_it_without_ai_is_a_real_result_but_below_working_well_with_ai() {
        assertThat(category("no-ai-solver", "prompt_engineering")).isZero();
        assertThat(category("no-ai-solver", "outcome_quality"))
                .isGreaterThan(category("paste-and-submit", "outcome_quality"));
        assertThat(total("no-ai-solver")).isGreaterThan(total("paste-and-submit"));
        assertThat(total("planner-verifier")).isGreaterThan(total("no-ai-solver"));
        assertThat(REPORTS.get("no-ai-solver").detailedAnalysis().get("summary").toString())
                .contains("did not use the AI assistant");
    }

    @Test
    void using_ai_well_but_ending_with_failing_tests_sits_between_the_extremes() {
        assertThat(total("ai-well-failing-tests")).isLessThan(total("planner-verifier"));
        assertThat(total("ai-well-failing-tests")).isGreaterThan(total("paste-and-submit"));
        assertThat(sub("ai-well-failing-tests", "outcome_quality", "correctness"))
                .isLessThan(sub("planner-verifier", "outcome_quality", "correctness"));
        assertThat(category("ai-well-failing-tests", "prompt_engineering"))
                .isGreaterThan(category("paste-and-submit", "prompt_engineering"));
    }

    @Test
    void thrashing_with_near_identical_prompts_scores_low_on_context_and_iteration() {
        assertThat(total("thrasher")).isLessThan(total("moderate"));
        assertThat(sub("thrasher", "prompt_engineering", "context_management"))
                .isLessThan(sub("moderate", "prompt_engineering", "context_management"));
        assertThat(sub("thrasher", "prompt_engineering", "iteration_efficiency"))
                .isLessThan(sub("moderate", "prompt_engineering", "iteration_efficiency"));
        assertThat(sub("thrasher", "tool_orchestration", "workflow_efficiency"))
                .isLessThan(sub("planner-verifier", "tool_orchestration", "workflow_efficiency"));
        Map<?, ?> repetition = (Map<?, ?>)
                ((Map<?, ?>) REPORTS.get("thrasher").detailedAnalysis().get("aiUsageAnalysis")).get("repetition");
        assertThat((Integer) repetition.get("repeatedPrompts")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void switching_models_with_a_reason_counts_for_tool_selection_and_an_unexplained_switch_does_not() {
        SessionFixture unexplained = Corpus.load("model-switcher");
        unexplained.events.replaceAll(e -> e.type() == TrackingEventType.MODEL_SWITCH
                ? Corpus.withData(
                        e, Map.of("from", e.data().get("from"), "to", e.data().get("to")))
                : e);
        ScoreReport withoutReason = ENGINE.score(unexplained.input());
        assertThat(sub("model-switcher", "tool_orchestration", "tool_selection"))
                .isGreaterThan(withoutReason
                        .subitemScores()
                        .get("tool_orchestration")
                        .get("tool_selection")
                        .raw());
        assertThat(total("model-switcher")).isGreaterThan(total("moderate"));
        assertThat(REPORTS.get("model-switcher").aiHighlights())
                .anySatisfy(h -> assertThat(h.type()).isEqualTo("model_switch"));
    }

    @Test
    void writing_tests_for_edge_cases_shows_in_edge_case_handling() {
        assertThat(sub("edge-case-tester", "outcome_quality", "edge_case_handling"))
                .isGreaterThan(sub("moderate", "outcome_quality", "edge_case_handling"));
        assertThat(sub("edge-case-tester", "outcome_quality", "edge_case_handling"))
                .isGreaterThan(sub("paste-and-submit", "outcome_quality", "edge_case_handling"));
    }

    @Test
    void recovering_from_a_wrong_ai_answer_with_a_precise_correction_is_rewarded() {
        assertThat(sub("error-recovery", "prompt_engineering", "error_recovery"))
                .isGreaterThan(sub("thrasher", "prompt_engineering", "error_recovery"));
        assertThat(sub("error-recovery", "prompt_engineering", "error_recovery"))
                .isGreaterThan(sub("paste-and-submit", "prompt_engineering", "error_recovery"));
        assertThat(REPORTS.get("error-recovery").aiHighlights())
                .anySatisfy(h -> assertThat(h.type()).isEqualTo("recovery"));
    }

    @Test
    void testing_only_at_the_end_scores_below_verifying_each_step() {
        assertThat(total("late-tester")).isLessThan(total("planner-verifier"));
        assertThat(sub("late-tester", "planning", "milestone_definition"))
                .isLessThan(sub("planner-verifier", "planning", "milestone_definition"));
    }

    @Test
    void an_abandoned_session_is_the_lowest_and_at_the_explorer_level() {
        for (String other : Corpus.SESSIONS) {
            if (!other.equals("idle-abandoned")) {
                assertThat(total("idle-abandoned")).as("below " + other).isLessThan(total(other));
            }
        }
        assertThat(REPORTS.get("idle-abandoned").proficiencyLevel()).isEqualTo("explorer");
    }

    @Test
    void prompt_injection_gains_nothing_and_is_reported() {
        ScoreReport injected = REPORTS.get("prompt-injection");
        ScoreReport clean = REPORTS.get("moderate");
        assertThat(injected.finalScore()).isLessThanOrEqualTo(clean.finalScore());
        assertNoSubitemAbove(injected, clean);
        Map<?, ?> integrity = (Map<?, ?>) injected.detailedAnalysis().get("integrity");
        assertThat((List<?>) integrity.get("manipulationAttempts")).hasSize(1);
        assertThat(injected.aiHighlights()).anySatisfy(h -> assertThat(h.type()).isEqualTo("manipulation_attempt"));
    }

    @Test
    void keyword_stuffing_gains_nothing() {
        ScoreReport stuffed = REPORTS.get("keyword-stuffer");
        ScoreReport clean = REPORTS.get("moderate");
        assertThat(stuffed.finalScore()).isLessThanOrEqualTo(clean.finalScore());
        assertNoSubitemAbove(stuffed, clean);
        Map<?, ?> integrity = (Map<?, ?>) stuffed.detailedAnalysis().get("integrity");
        assertThat((Integer) integrity.get("stuffedSentencesIgnored")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void stuffing_every_prompt_of_a_strong_session_gains_nothing_either() {
        SessionFixture stuffed = Corpus.load("planner-verifier");
        List<TrackingEvent> events = new ArrayList<>();
        for (TrackingEvent e : stuffed.events) {
            if (e.type() == TrackingEventType.AI_PROMPT) {
                Map<String, Object> data = new HashMap<>(e.data());
                data.put(
                        "prompt",
                        data.get("prompt") + "\nPlan, decompose, verify, test edge cases, handle errors,"
                                + " iterate efficiently, document quality, orchestrate tools, estimate time, define milestones.");
                events.add(Corpus.withData(e, data));
            } else {
                events.add(e);
            }
        }
        stuffed.events = events;
        ScoreReport report = ENGINE.score(stuffed.input());
        assertThat(report.finalScore()).isLessThanOrEqualTo(total("planner-verifier"));
        assertNoSubitemAbove(report, REPORTS.get("planner-verifier"));
    }

    @Test
    void the_same_session_scored_twice_gives_identical_results() throws JsonProcessingException {
        for (String name : Corpus.SESSIONS) {
            String first = SubmissionParser.MAPPER.writeValueAsString(REPORTS.get(name));
            String second = SubmissionParser.MAPPER.writeValueAsString(
                    ENGINE.score(Corpus.load(name).input()));
            assertThat(second).as(name).isEqualTo(first);
        }
    }

    @Test
    void a_session_without_tracking_is_scored_from_its_files_and_hidden_tests_and_says_so() {
        ScoreReport report = REPORTS.get("no-tracking");
        assertThat(sub("no-tracking", "outcome_quality", "correctness")).isEqualTo(100.0);
        assertThat(report.detailedAnalysis().get("summary").toString()).contains("No activity was recorded");
        assertThat(total("no-tracking")).isLessThan(total("planner-verifier"));
    }

    @Test
    void feedback_is_tied_to_evidence_and_in_a_stable_order() {
        for (String name : Corpus.SESSIONS) {
            ScoreReport report = REPORTS.get(name);
            report.strengths()
                    .forEach(f -> assertThat(f.evidence())
                            .as(name + " " + f.subitem())
                            .isNotEmpty());
            report.improvements()
                    .forEach(f -> assertThat(f.evidence())
                            .as(name + " " + f.subitem())
                            .isNotEmpty());
            assertThat(report.strengths().size()).isLessThanOrEqualTo(5);
            assertThat(report.improvements().size()).isLessThanOrEqualTo(5);
        }
        assertThat(REPORTS.get("paste-and-submit").improvements()).isNotEmpty();
        assertThat(REPORTS.get("planner-verifier").strengths()).isNotEmpty();
        REPORTS.get("planner-verifier")
                .aiHighlights()
                .forEach(h -> assertThat(h.eventId()).isNotBlank());
    }

    @Test
    void every_strength_and_improvement_agrees_with_the_metrics_beside_it() {
        for (String name : Corpus.SESSIONS) {
            assertThat(FeedbackClaims.violations(REPORTS.get(name))).as(name).isEmpty();
        }
        // The contradictions once shown: praise for progress with nothing working, for tidiness next to stub
        // deductions.
        REPORTS.forEach((name, report) -> report.strengths().forEach(strength -> {
            if (strength.text().contains("progress to show for it")) {
                assertThat(FeedbackClaims.metric(report, "tool_orchestration", "workflow_efficiency", "progress"))
                        .as(name)
                        .isGreaterThanOrEqualTo(0.6);
            }
            if (strength.text().contains("no unimplemented stubs")) {
                assertThat(FeedbackClaims.metric(report, "outcome_quality", "code_quality", "stubs"))
                        .as(name)
                        .isZero();
            }
        }));
    }

    @Test
    void every_subitem_says_what_evidence_it_used() {
        REPORTS.forEach((name, report) -> report.subitemScores()
                .forEach((category, subitems) -> subitems.forEach((subitem, score) -> {
                    assertThat(score.basis()).as(name + " " + subitem).isNotBlank();
                    assertThat(score.enoughEvidence()).as(name + " " + subitem).isNotNull();
                    if (!score.enoughEvidence()) {
                        assertThat(report.strengths())
                                .as(name + ": no strength for " + subitem + " without enough evidence")
                                .noneMatch(s -> s.subitem().equals(subitem));
                    }
                })));
        assertThat(REPORTS.get("idle-abandoned")
                        .subitemScores()
                        .get("outcome_quality")
                        .get("code_quality")
                        .enoughEvidence())
                .isFalse();
    }

    static void assertNoSubitemAbove(ScoreReport candidate, ScoreReport baseline) {
        baseline.subitemScores()
                .forEach((category, subitems) -> subitems.forEach((subitem, score) -> assertThat(candidate
                                .subitemScores()
                                .get(category)
                                .get(subitem)
                                .raw())
                        .as(category + "." + subitem)
                        .isLessThanOrEqualTo(score.raw())));
    }
}

package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.FeedbackClaims;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.TodoTask;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evidence rules of scoring 1.3.0 on hand-made sessions: an answer is applied only when its own code reaches the
 * workspace, and a task without hidden tests never turns a trivial change into a good outcome.
 */
class EvidenceRulesTest {

    static final String STORE = "todo_api/store.py";
    static final String ANSWER_CODE = "    def count(self):\n"
            + "        with self._lock:\n"
            + "            return self._db.execute(\"SELECT COUNT(*) FROM todos\").fetchone()[0]\n";

    final ScoringEngine engine = Engines.evidenceOnly();

    static SessionFixture askedForCount() {
        SessionFixture s = new SessionFixture();
        s.starterFiles.putAll(TodoTask.starterFiles());
        s.finalFiles.putAll(TodoTask.starterFiles());
        s.event(TrackingEventType.FILE_OPEN, 20, Map.of("path", STORE));
        s.prompt(
                60,
                "gpt-4o",
                "Add a count() method to TodoStore in todo_api/store.py that returns how many todos exist.",
                10,
                "Here it is:\n\n```python\n" + ANSWER_CODE + "```\n");
        return s;
    }

    @Test
    void an_answer_counts_as_applied_only_when_its_own_code_reaches_the_workspace() {
        String starter = TodoTask.starterFiles().get(STORE);

        SessionFixture typed = askedForCount();
        String handWritten =
                starter + "\n    def total(self):\n        rows = self._db.execute(\"SELECT id FROM todos\")\n"
                        + "        return len(list(rows))\n";
        typed.snapshot(120, STORE, handWritten);
        typed.finalFiles.put(STORE, handWritten);

        SessionFixture pasted = askedForCount();
        String withAnswer = starter + "\n" + ANSWER_CODE;
        pasted.snapshot(120, STORE, withAnswer);
        pasted.finalFiles.put(STORE, withAnswer);

        ScoreReport typedReport = engine.score(typed.input());
        ScoreReport pastedReport = engine.score(pasted.input());
        assertThat(FeedbackClaims.metric(typedReport, "tool_orchestration", "tool_selection", "appliedAiAnswers"))
                .isZero();
        assertThat(FeedbackClaims.metric(pastedReport, "tool_orchestration", "tool_selection", "appliedAiAnswers"))
                .isEqualTo(1);
        assertThat(typedReport.strengths()).noneMatch(s -> s.text().contains("AI answers applied"));
    }

    @Test
    void without_hidden_tests_a_one_line_change_is_not_a_good_outcome_and_the_report_says_why() {
        SessionFixture trivial = new SessionFixture();
        trivial.starterFiles.putAll(TodoTask.starterFiles());
        trivial.finalFiles.putAll(TodoTask.starterFiles());
        trivial.submittedAt = trivial.startedAt.plusSeconds(39);
        String changed = TodoTask.starterFiles().get(STORE).replaceFirst("\n", "\nimport json\n");
        trivial.snapshot(25, STORE, changed);
        trivial.finalFiles.put(STORE, changed);

        ScoreReport report = engine.score(trivial.input());

        assertThat(report.categoryScores().get("outcome_quality")).isLessThan(20);
        SubitemScore correctness = report.subitemScores().get("outcome_quality").get("correctness");
        assertThat(correctness.enoughEvidence()).isFalse();
        assertThat(correctness.basis()).contains("no hidden tests");
        assertThat(report.subitemScores()
                        .get("outcome_quality")
                        .get("code_quality")
                        .enoughEvidence())
                .isFalse();
        Map<?, ?> outcome = (Map<?, ?>) report.detailedAnalysis().get("outcomeEvidence");
        assertThat(outcome.get("source")).isEqualTo("none");
        assertThat((String) outcome.get("note")).contains("no hidden test result");
        assertThat(report.finalScore()).isLessThan(20);
    }
}

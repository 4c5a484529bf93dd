package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TestActivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Correctness: the hidden tests' pass rate; without a hidden suite, the best available test evidence. */
public final class CorrectnessScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.OUTCOME_QUALITY;
    }

    @Override
    public String subitem() {
        return "correctness";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        TestActivity tests = e.tests();
        HiddenOutcome hidden = tests.hidden();
        List<EvidenceRef> refs = new ArrayList<>();
        refs.add(Refs.submission(e, tests.outcomeBasis()));
        RunRecord lastPass = tests.runs().stream()
                .filter(RunRecord::succeeded)
                .reduce((a, b) -> b)
                .orElse(null);
        if (lastPass != null) {
            refs.add(Refs.run(lastPass, "Last passing run"));
        }
        String reasoning;
        if (!hidden.trusted()) {
            reasoning = "The hidden tests' result does not count: the submission interferes with how tests run.";
        } else if (hidden.ran()) {
            reasoning = hidden.passed() + " of " + hidden.total() + " hidden tests passed"
                    + (hidden.failedTests().isEmpty()
                            ? "."
                            : "; failing: "
                                    + String.join(
                                            ", ",
                                            hidden.failedTests().stream()
                                                    .limit(5)
                                                    .toList()) + ".");
        } else {
            reasoning = "Estimated because " + tests.outcomeBasis() + ".";
        }
        double value = ai.smartsuccess.skillslab.scoring.service.calculate.Scales.score(tests.outcomeRate());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("hiddenTestsRan", hidden.ran());
        metrics.put("hiddenPassed", hidden.passed());
        metrics.put("hiddenTotal", hidden.total());
        metrics.put("hiddenPassRate", hidden.ran() && hidden.trusted() ? hidden.passRate() : 0.0);
        metrics.put("hiddenCounted", hidden.trusted());
        metrics.put("hiddenFailed", hidden.ran() && hidden.trusted() ? hidden.total() - hidden.passed() : 0);
        metrics.put("outcome", tests.outcomeRate());
        metrics.put("authoredLines", e.evolution().authoredLines());
        metrics.put("basis", tests.outcomeBasis());
        metrics.put("source", tests.outcomeSource());
        boolean enough = tests.outcomeFromHiddenTests()
                || (TestActivity.CANDIDATE_RUNS.equals(tests.outcomeSource())
                        && e.evolution().authoredLines() >= 20);
        Remark strength = hidden.ran() && hidden.trusted()
                ? Remark.strength("The solution works")
                        .clause(
                                "it passed " + hidden.passed() + " of " + hidden.total() + " hidden tests",
                                "hiddenPassRate",
                                0.75,
                                1)
                        .build(metrics)
                : Remark.strength("The solution was shown to work")
                        .clause("its own test runs passed after the last change", "outcome", 0.7, 1)
                        .build(metrics);
        return new SubitemResult(
                value,
                reasoning,
                strength,
                Remark.advice()
                        .when(
                                "Leave the test run alone: files or code that change how tests load or report make the hidden"
                                        + " tests count for nothing.",
                                "hiddenCounted",
                                0,
                                0)
                        .when(
                                "Make the remaining hidden requirements pass: "
                                        + (hidden.total() - hidden.passed())
                                        + " hidden test(s) failed. Check each requirement against the task before submitting.",
                                "hiddenFailed",
                                1,
                                Double.MAX_VALUE)
                        .when(
                                "Show that the solution works: run its tests after the last change and before submitting.",
                                "outcome",
                                0,
                                0.69)
                        .build(metrics),
                refs,
                metrics,
                tests.outcomeBasis(),
                enough);
    }
}

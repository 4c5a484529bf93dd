package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TestActivity;
import java.util.ArrayList;
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
        return new SubitemResult(
                value,
                reasoning,
                hidden.ran()
                        ? "The final solution passed " + hidden.passed() + " of " + hidden.total() + " hidden tests."
                        : "The final solution's own test runs passed.",
                !hidden.trusted()
                        ? "Leave the test run alone: files or code that change how tests load or report make the hidden"
                                + " tests count for nothing."
                        : hidden.ran()
                                ? "Make the remaining hidden requirements pass: "
                                        + hidden.failedTests().size()
                                        + " hidden test(s) failed. Check each requirement against the task before submitting."
                                : "Show that the solution works: run its tests before submitting.",
                refs,
                Map.of(
                        "hiddenTestsRan", hidden.ran(),
                        "hiddenPassed", hidden.passed(),
                        "hiddenTotal", hidden.total(),
                        "hiddenCounted", hidden.trusted(),
                        "basis", tests.outcomeBasis()));
    }
}

package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FinalCode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Edge cases: tests the candidate added, defensive checks in the code, and the hidden edge-case tests passed. */
public final class EdgeCaseHandlingScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.OUTCOME_QUALITY;
    }

    @Override
    public String subitem() {
        return "edge_case_handling";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        FinalCode code = e.finalCode();
        HiddenOutcome hidden = e.tests().hidden();
        double tests = Scales.ramp(code.testFunctionsAdded(), 0, 5);
        // Checks are counted in the changed files, which hold the starter's own: they count in proportion to the code
        // written.
        int authored = e.evolution().authoredLines();
        double amount = CodeQualityScorer.amountOfCode(authored);
        double guards = Scales.ramp(code.guards(), 0, 6) * amount;
        // A run that was interfered with counts its edge-case tests as failed, never as absent (which would weigh the
        // candidate's own tests and checks more).
        boolean hiddenEdges = (hidden.ran() && hidden.edgeTotal() > 0) || !hidden.trusted();
        double edgePass = hiddenEdges && hidden.edgeTotal() > 0 ? (double) hidden.edgePassed() / hidden.edgeTotal() : 0;
        double value = Scales.score(
                hiddenEdges ? 0.35 * tests + 0.25 * guards + 0.40 * edgePass : 0.55 * tests + 0.45 * guards);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("testsAdded", code.testFunctionsAdded());
        metrics.put("guards", code.guards());
        metrics.put("authoredLines", authored);
        metrics.put("hiddenEdgeTests", hidden.edgeTotal());
        metrics.put("hiddenEdgePassed", hidden.edgePassed());
        metrics.put(
                "hiddenEdgePassRate",
                hiddenEdges && hidden.trusted() && hidden.edgeTotal() > 0 ? Scales.round2(edgePass) : null);
        return new SubitemResult(
                value,
                code.testFunctionsAdded() + " test(s) added, " + code.guards()
                        + " defensive check(s) in the changed files"
                        + (!hidden.trusted()
                                ? "; the hidden edge-case tests do not count (the submission interferes with how"
                                        + " tests run)."
                                : hiddenEdges
                                        ? ", " + hidden.edgePassed() + " of " + hidden.edgeTotal()
                                                + " hidden edge-case tests passed."
                                        : "."),
                Remark.strength("Edge cases were handled")
                        .clause("the hidden edge-case tests passed", "hiddenEdgePassRate", 0.75, 1)
                        .clause("new tests cover them", "testsAdded", 2, Double.MAX_VALUE)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Cover the edge cases: write tests for invalid, missing and unknown inputs and make the code reject them.",
                                "testsAdded",
                                0,
                                1)
                        .when(
                                "Handle the invalid and missing inputs the hidden edge-case tests try.",
                                "hiddenEdgePassRate",
                                0,
                                0.74)
                        .build(metrics),
                List.of(Refs.submission(e, "final files and hidden edge-case tests")),
                metrics,
                hiddenEdges
                        ? "hidden edge-case tests, tests added, checks in changed files"
                        : "tests added, checks in changed files (no hidden edge-case tests)",
                hiddenEdges || code.testFunctionsAdded() > 0 || authored >= CodeQualityScorer.SUBSTANTIAL_LINES);
    }
}

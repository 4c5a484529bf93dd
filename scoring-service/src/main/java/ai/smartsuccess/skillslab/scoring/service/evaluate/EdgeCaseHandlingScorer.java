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
        double guards = Scales.ramp(code.guards(), 0, 6);
        // A run that was interfered with counts its edge-case tests as failed, never as absent (which would weigh the
        // candidate's own tests and checks more).
        boolean hiddenEdges = (hidden.ran() && hidden.edgeTotal() > 0) || !hidden.trusted();
        double edgePass = hiddenEdges && hidden.edgeTotal() > 0 ? (double) hidden.edgePassed() / hidden.edgeTotal() : 0;
        double value = Scales.score(
                hiddenEdges ? 0.35 * tests + 0.25 * guards + 0.40 * edgePass : 0.55 * tests + 0.45 * guards);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("testsAdded", code.testFunctionsAdded());
        metrics.put("guards", code.guards());
        metrics.put("hiddenEdgeTests", hidden.edgeTotal());
        metrics.put("hiddenEdgePassed", hidden.edgePassed());
        return new SubitemResult(
                value,
                code.testFunctionsAdded() + " test(s) added, " + code.guards() + " defensive check(s) in the code"
                        + (!hidden.trusted()
                                ? "; the hidden edge-case tests do not count (the submission interferes with how"
                                        + " tests run)."
                                : hiddenEdges
                                        ? ", " + hidden.edgePassed() + " of " + hidden.edgeTotal()
                                                + " hidden edge-case tests passed."
                                        : "."),
                "Edge cases were handled: " + code.testFunctionsAdded() + " new test(s) and " + code.guards()
                        + " input checks"
                        + (hiddenEdges && hidden.trusted()
                                ? ", with " + hidden.edgePassed() + " of " + hidden.edgeTotal()
                                        + " hidden edge-case tests passing."
                                : "."),
                "Cover the edge cases: write tests for invalid, missing and unknown inputs and make the code reject them.",
                List.of(Refs.submission(e, "final files and hidden edge-case tests")),
                metrics);
    }
}

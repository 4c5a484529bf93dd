package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FinalCode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documentation: docstring coverage, comment density in a sensible band, and an updated README. */
public final class DocumentationScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.OUTCOME_QUALITY;
    }

    @Override
    public String subitem() {
        return "documentation";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        FinalCode code = e.finalCode();
        int authored = e.evolution().authoredLines();
        double docstrings =
                code.functions() == 0 ? 0 : Scales.ramp((double) code.documentedFunctions() / code.functions(), 0, 0.6);
        double density = Scales.ratio(code.commentLines(), code.codeLines());
        double comments = density > 0.4 ? 0.7 : Scales.ramp(density, 0.02, 0.08);
        double readme = code.docsUpdated() ? 1 : 0;
        // Docstrings and comments are read in the changed files, which hold the starter's own: they count in proportion
        // to the code written, so a one-line change does not inherit the starter's documentation.
        double amount = CodeQualityScorer.amountOfCode(authored);
        double value = Scales.score((0.45 * docstrings + 0.25 * comments) * amount + 0.30 * readme);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("functions", code.functions());
        metrics.put("documentedFunctions", code.documentedFunctions());
        metrics.put("documentedShare", Scales.round2(Scales.ratio(code.documentedFunctions(), code.functions())));
        metrics.put("commentDensity", Scales.round2(density));
        metrics.put("docsUpdated", code.docsUpdated());
        metrics.put("authoredLines", authored);
        return new SubitemResult(
                value,
                code.documentedFunctions() + " of " + code.functions() + " functions documented, comment density "
                        + Refs.pct(density) + ", README " + (code.docsUpdated() ? "updated" : "not updated") + "; "
                        + authored + " authored line(s).",
                Remark.strength("The work is documented")
                        .clause(
                                code.documentedFunctions() + " of " + code.functions()
                                        + " functions in the changed files carry docstrings",
                                "documentedShare",
                                0.6,
                                1)
                        .clause("the README or notes were updated", "docsUpdated", 1, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Document the result: docstrings on public functions and a short README section on how to run it.",
                                "docsUpdated",
                                0,
                                0)
                        .when("Add docstrings to the functions you write.", "documentedShare", 0, 0.59)
                        .build(metrics),
                List.of(Refs.submission(e, "final files: documentation")),
                metrics,
                "docstrings and comments in changed files, README changes",
                authored >= CodeQualityScorer.SUBSTANTIAL_LINES || code.docsUpdated());
    }
}

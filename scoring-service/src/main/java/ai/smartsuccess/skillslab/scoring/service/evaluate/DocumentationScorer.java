package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FinalCode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
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
        double docstrings =
                code.functions() == 0 ? 0 : Scales.ramp((double) code.documentedFunctions() / code.functions(), 0, 0.6);
        double density = Scales.ratio(code.commentLines(), code.codeLines());
        double comments = density > 0.4 ? 0.7 : Scales.ramp(density, 0.02, 0.08);
        double readme = code.docsUpdated() ? 1 : 0;
        double value = Scales.score(0.45 * docstrings + 0.25 * comments + 0.30 * readme);
        return new SubitemResult(
                value,
                code.documentedFunctions() + " of " + code.functions() + " functions documented, comment density "
                        + Refs.pct(density) + ", README " + (code.docsUpdated() ? "updated" : "not updated") + ".",
                "The work is documented: " + code.documentedFunctions() + " of " + code.functions()
                        + " functions carry docstrings" + (code.docsUpdated() ? " and the README was updated." : "."),
                "Document the result: docstrings on public functions and a short README section on how to run it.",
                List.of(Refs.submission(e, "final files: documentation")),
                Map.of(
                        "functions", code.functions(),
                        "documentedFunctions", code.documentedFunctions(),
                        "commentDensity", Scales.round2(density),
                        "docsUpdated", code.docsUpdated()));
    }
}

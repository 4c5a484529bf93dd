package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FinalCode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Code quality: 100 minus capped penalties for long functions, deep nesting, duplication, leftovers and stubs. */
public final class CodeQualityScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.OUTCOME_QUALITY;
    }

    @Override
    public String subitem() {
        return "code_quality";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        FinalCode code = e.finalCode();
        if (code.codeFiles() == 0 || code.codeLines() == 0) {
            return new SubitemResult(
                    0,
                    "No source code was written or changed, so there is no code to judge.",
                    "",
                    "Deliver working code: the final files contain no code changes.",
                    List.of(Refs.submission(e, "final files: no authored source code")),
                    Map.of("codeFiles", 0));
        }
        Map<String, Double> penalties = new LinkedHashMap<>();
        penalties.put("longFunctions", Math.min(24, 6.0 * code.longFunctions()));
        penalties.put("deepNesting", Math.min(16, 4.0 * Math.max(0, code.maxNesting() - 5)));
        penalties.put("longLines", Math.min(20, 200 * code.longLineRatio()));
        penalties.put("duplication", Math.min(20, 100 * Math.max(0, code.duplicateLineRatio() - 0.05)));
        penalties.put("debugLeftovers", Math.min(12, 3.0 * code.debugPrints()));
        penalties.put("todoMarkers", Math.min(8, 2.0 * code.todoMarkers()));
        penalties.put("swallowedErrors", Math.min(15, 5.0 * code.swallowedErrors()));
        penalties.put("unimplementedStubs", Math.min(24, 8.0 * code.stubs()));
        double total =
                penalties.values().stream().mapToDouble(Double::doubleValue).sum();
        double value = Scales.round2(Math.max(0, 100 - total));
        List<String> issues = new ArrayList<>();
        penalties.forEach((k, v) -> {
            if (v > 0) {
                issues.add(Rubric.label(k.replaceAll("([A-Z])", "_$1").toLowerCase())
                                .toLowerCase() + " (-" + Refs.num(Scales.round2(v)) + ")");
            }
        });
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("codeFiles", code.codeFiles());
        metrics.put("functions", code.functions());
        metrics.put("longFunctions", code.longFunctions());
        metrics.put("maxNesting", code.maxNesting());
        metrics.put("duplicateLineRatio", Scales.round2(code.duplicateLineRatio()));
        metrics.put("stubs", code.stubs());
        metrics.put("penalty", Scales.round2(total));
        return new SubitemResult(
                value,
                issues.isEmpty()
                        ? "The authored code (" + code.codeLines() + " lines in " + code.codeFiles()
                                + " file(s)) shows none of the checked problems."
                        : "Deductions: " + String.join(", ", issues) + ".",
                "The authored code is tidy: short functions, shallow nesting and no leftovers.",
                "Tidy the final code: " + (issues.isEmpty() ? "keep functions short" : String.join(", ", issues)) + ".",
                List.of(Refs.submission(e, "final files: " + code.codeLines() + " lines of authored code")),
                metrics);
    }
}

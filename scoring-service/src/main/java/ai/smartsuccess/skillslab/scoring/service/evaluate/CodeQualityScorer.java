package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FinalCode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.HiddenOutcome;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Code quality: 100 minus capped penalties for long functions, deep nesting, duplication, leftovers and stubs. */
public final class CodeQualityScorer implements SubitemScorer {

    /** Authored lines from which the amount of code no longer limits the score. */
    static final int SUBSTANTIAL_LINES = 15;

    /**
     * How much code the candidate wrote, 0..1 ({@link #SUBSTANTIAL_LINES} authored lines saturate): what is measured in
     * the changed files, which also hold the starter's own code, counts in this proportion.
     */
    static double amountOfCode(int authoredLines) {
        return Math.min(1, authoredLines / (double) SUBSTANTIAL_LINES);
    }

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
        int authored = e.evolution().authoredLines();
        if (code.codeFiles() == 0 || code.codeLines() == 0 || authored == 0) {
            return new SubitemResult(
                    0,
                    "No source code was written or changed, so there is no code to judge.",
                    Remark.NONE,
                    Remark.advice()
                            .when(
                                    "Deliver working code: the final files contain no code changes.",
                                    "authoredLines",
                                    0,
                                    0)
                            .build(Map.of("authoredLines", authored)),
                    List.of(Refs.submission(e, "final files: no authored source code")),
                    Map.of("codeFiles", 0, "authoredLines", authored),
                    "no authored source code",
                    false);
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
        // A few changed lines say little about code quality: below SUBSTANTIAL_LINES the score is scaled down, unless
        // the
        // hidden tests show the small change does what the task asks (a precise fix).
        HiddenOutcome hidden = e.tests().hidden();
        boolean provenSmallFix = hidden.ran() && hidden.trusted() && hidden.passRate() >= 0.75;
        boolean enough = authored >= SUBSTANTIAL_LINES || provenSmallFix;
        double amount = enough ? 1 : amountOfCode(authored);
        double value = Scales.round2(Math.max(0, 100 - total) * amount);
        List<String> issues = new ArrayList<>();
        penalties.forEach((k, v) -> {
            if (v > 0) {
                issues.add(Rubric.label(k.replaceAll("([A-Z])", "_$1").toLowerCase())
                                .toLowerCase() + " (-" + Refs.num(Scales.round2(v)) + ")");
            }
        });
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("codeFiles", code.codeFiles());
        metrics.put("authoredLines", authored);
        metrics.put("functions", code.functions());
        metrics.put("longFunctions", code.longFunctions());
        metrics.put("maxNesting", code.maxNesting());
        metrics.put("duplicateLineRatio", Scales.round2(code.duplicateLineRatio()));
        metrics.put("leftovers", code.debugPrints() + code.todoMarkers());
        metrics.put("swallowedErrors", code.swallowedErrors());
        metrics.put("stubs", code.stubs());
        metrics.put("penalty", Scales.round2(total));
        return new SubitemResult(
                value,
                (issues.isEmpty()
                                ? "The authored code (" + code.codeLines() + " lines in " + code.codeFiles()
                                        + " file(s)) shows none of the checked problems"
                                : "Deductions: " + String.join(", ", issues))
                        + (enough ? "." : "; only " + authored + " line(s) were written, too few to judge fully."),
                Remark.strength("The authored code is tidy")
                        .clause("short functions", "longFunctions", 0, 0)
                        .clause("shallow nesting", "maxNesting", 0, 5)
                        .clause("no debug prints or TODOs left behind", "leftovers", 0, 0)
                        .clause("no unimplemented stubs", "stubs", 0, 0)
                        .clause("no swallowed errors", "swallowedErrors", 0, 0)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Tidy the final code: " + String.join(", ", issues) + ".",
                                "penalty",
                                0.01,
                                Double.MAX_VALUE)
                        .when(
                                "Write enough of the solution to show how you code: only a few lines changed.",
                                "authoredLines",
                                0,
                                SUBSTANTIAL_LINES - 1)
                        .build(metrics),
                List.of(Refs.submission(e, "final files: " + code.codeLines() + " lines of authored code")),
                metrics,
                authored + " authored line(s) in " + code.codeFiles() + " file(s)",
                enough);
    }
}

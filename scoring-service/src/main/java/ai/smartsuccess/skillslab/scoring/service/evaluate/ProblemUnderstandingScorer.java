package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.PlanningEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problem understanding: starter files read before coding, some orientation time before the first change, the task's
 * requirements restated in the candidate's own words (copied text does not count), and how much of the task the
 * result satisfies.
 */
public final class ProblemUnderstandingScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PLANNING;
    }

    @Override
    public String subitem() {
        return "problem_understanding";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        PlanningEvidence planning = e.planning();
        int starter = e.starterFileCount();
        double explore = starter == 0
                ? 1
                : Math.min(1, e.tools().starterFilesOpenedBeforeCoding().size() / (double) Math.min(starter, 3));
        Long firstChange = e.time().secondsToFirstChange();
        double orient = firstChange == null ? 0 : Scales.ramp(firstChange, 30, 180);
        int terms = Math.min(12, planning.keyTermCount());
        double restate = terms == 0 ? 0 : Math.min(1, planning.restatedTerms().size() / (double) terms);
        double outcome = e.tests().outcomeRate();
        // Understanding shows in what was said or built; reading files alone shows none, so it earns nothing on its
        // own.
        boolean enough = firstChange != null || !planning.restatedTerms().isEmpty();
        double value = enough ? Scales.score(0.25 * explore + 0.2 * orient + 0.3 * restate + 0.25 * outcome) : 0;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(
                "starterFilesReadBeforeCoding",
                e.tools().starterFilesOpenedBeforeCoding().size());
        metrics.put("secondsBeforeFirstChange", firstChange);
        metrics.put("restatedRequirementTerms", List.copyOf(planning.restatedTerms()));
        metrics.put("requirementTerms", planning.keyTermCount());
        metrics.put("outcome", Scales.round2(outcome));
        return new SubitemResult(
                value,
                enough
                        ? e.tools().starterFilesOpenedBeforeCoding().size() + " starter file(s) read before coding; "
                                + planning.restatedTerms().size() + " of " + terms
                                + " requirement terms restated in own words; outcome " + Refs.pct(outcome) + "."
                        : "Nothing was written or changed, so understanding of the problem could not be shown.",
                Remark.strength("The problem was understood")
                        .clause(
                                "the starter files were read before coding",
                                "starterFilesReadBeforeCoding",
                                2,
                                Double.MAX_VALUE)
                        .clause(
                                "the requirements were restated in own words",
                                "restatedRequirementTerms",
                                3,
                                Double.MAX_VALUE)
                        .clause("the result does what the task asks", "outcome", 0.75, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Read the task and starter files first and restate the requirements in your own words before asking the AI for code.",
                                "restatedRequirementTerms",
                                0,
                                2)
                        .when(
                                "Check the result against each requirement of the task before submitting.",
                                "outcome",
                                0,
                                0.74)
                        .build(metrics),
                List.of(Refs.submission(e, "requirements restated: " + String.join(", ", planning.restatedTerms()))),
                metrics,
                "starter files read, time before the first change, requirements restated, outcome",
                enough);
    }
}

package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Iteration efficiency: prompts and time until the tests first pass, and the share of prompts whose answer was put to
 * use, discounted by repeated prompts.
 */
public final class IterationEfficiencyScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PROMPT_ENGINEERING;
    }

    @Override
    public String subitem() {
        return "iteration_efficiency";
    }

    /** 1 up to 8 prompts, falling to 0.2 at 30. */
    static double promptEfficiency(int prompts) {
        return 1 - 0.8 * Scales.ramp(prompts, 8, 30);
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        if (e.prompts() == 0) {
            return NoAiUse.result(
                    e, "Use the AI assistant in short, targeted iterations that each move the tests forward.");
        }
        // Handing the whole task over and pasting the answer back is delegation, not iteration: those prompts do not
        // count as productive, and their share discounts the subitem.
        List<Integer> whole = e.planning().wholeTaskPrompts();
        long productiveScoped = e.tools().productivePromptIndexes().stream()
                .filter(i -> !whole.contains(i))
                .count();
        double productive = (double) productiveScoped / e.prompts();
        double delegation = (double) whole.size() / e.prompts();
        double repetition = e.repetition().rate();
        Long toPass = e.time().secondsToFirstPass();
        double base;
        String reasoning;
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<EvidenceRef> refs = new ArrayList<>();
        if (toPass != null) {
            int before = (int) e.exchanges().stream()
                    .filter(x -> x.at().isBefore(e.tests().firstPass().at()))
                    .count();
            double limit = e.time().timeLimitSeconds() > 0
                    ? e.time().timeLimitSeconds()
                    : Math.max(1, e.time().totalSeconds());
            double timeShare = toPass / limit;
            double timeEfficiency = 1 - 0.7 * Scales.ramp(timeShare, 0.5, 1.0);
            base = 0.4 * promptEfficiency(before) + 0.25 * timeEfficiency + 0.35 * productive;
            reasoning = "Tests first passed after " + before + " prompt(s) and " + Math.round(toPass / 60.0)
                    + " minute(s); " + Refs.pct(productive) + " of prompts led to a code change.";
            refs.add(Refs.run(e.tests().firstPass(), "Tests first passed"));
            metrics.put("promptsBeforeFirstPass", before);
            metrics.put("minutesToFirstPass", Math.round(toPass / 60.0));
        } else {
            double outcome = e.tests().hidden().ran() ? e.tests().hidden().passRate() : 0;
            base = 0.4 * promptEfficiency(e.prompts()) * outcome + 0.35 * productive;
            reasoning = "No run ever passed; " + Refs.pct(productive) + " of " + e.prompts()
                    + " prompt(s) led to a code change.";
            metrics.put("promptsBeforeFirstPass", null);
        }
        double value = Scales.score(base * (1 - 0.5 * repetition) * (1 - 0.5 * delegation));
        AiExchange first = e.exchanges().get(0);
        refs.add(Refs.prompt(first, "first prompt"));
        metrics.put("prompts", e.prompts());
        metrics.put("productiveShare", Scales.round2(productive));
        metrics.put("repetitionRate", Scales.round2(repetition));
        metrics.put("wholeTaskPrompts", whole.size());
        metrics.put("reachedPassingRun", toPass != null);
        return new SubitemResult(
                value,
                reasoning,
                Remark.strength("Iterations were efficient")
                        .clause("passing tests within a few prompts", "promptsBeforeFirstPass", 0, 8)
                        .clause("most answers were put to use in the code", "productiveShare", 0.6, 1)
                        .clause("no repeated prompts", "repetitionRate", 0, 0)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Iterate towards passing tests: apply each answer, run the tests, and ask about what still fails.",
                                "reachedPassingRun",
                                0,
                                0)
                        .when(
                                "Use what the AI gives you or say why not: most answers never reached the code.",
                                "productiveShare",
                                0,
                                0.49)
                        .when("Rephrase with new information instead of repeating a prompt.", "repetitionRate", 0.01, 1)
                        .build(metrics),
                refs,
                metrics,
                e.prompts() + " prompt(s): prompts and time to the first pass, answers applied, repetition",
                true);
    }
}

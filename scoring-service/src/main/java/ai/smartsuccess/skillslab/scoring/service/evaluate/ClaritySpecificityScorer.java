package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CandidateText;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Clarity and specificity: per prompt, the candidate's own words (length saturating at 25 words), concrete anchors
 * (paths, identifiers, inline code, errors, status codes; two saturate) and a stated constraint or expected result.
 * Text copied from the task and keyword-stuffed sentences count for nothing. Averaged over every prompt.
 */
public final class ClaritySpecificityScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PROMPT_ENGINEERING;
    }

    @Override
    public String subitem() {
        return "clarity_specificity";
    }

    public static double promptScore(CandidateText text) {
        double length = Scales.ramp(text.ownWords(), 3, 25) * (text.ownWords() > 400 ? 0.8 : 1);
        double anchors = Math.min(1, text.anchors().size() / 2.0);
        double constraint = text.constraintCue() ? 1 : 0;
        return 0.4 * length + 0.35 * anchors + 0.25 * constraint;
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        if (e.prompts() == 0) {
            return NoAiUse.result(
                    e, "Use the AI assistant with clear, specific prompts that name files and expected results.");
        }
        List<Double> scores = new ArrayList<>();
        for (AiExchange exchange : e.exchanges()) {
            scores.add(promptScore(exchange.text()));
        }
        double mean = Scales.mean(scores);
        AiExchange best = e.exchanges().stream()
                .max(Comparator.comparingDouble((AiExchange x) -> promptScore(x.text()))
                        .thenComparing(x -> -x.index()))
                .orElseThrow();
        AiExchange weakest = e.exchanges().stream()
                .min(Comparator.comparingDouble((AiExchange x) -> promptScore(x.text()))
                        .thenComparing(AiExchange::index))
                .orElseThrow();
        long copied = e.exchanges().stream()
                .filter(x -> x.text().copiedWords() > x.text().ownWords())
                .count();
        List<EvidenceRef> refs = List.of(
                Refs.prompt(best, "the most specific prompt"), Refs.prompt(weakest, "the least specific prompt"));
        return new SubitemResult(
                Scales.score(mean),
                "Average prompt specificity " + Refs.pct(mean) + " over " + e.prompts() + " prompt(s)"
                        + (copied > 0 ? "; " + copied + " prompt(s) were mostly text copied from the task." : "."),
                "Prompts were specific: they named files and functions and said what result was expected.",
                "Make prompts specific: name the file and function, paste the error, and state the expected result"
                        + (copied > 0 ? " instead of pasting the task text." : "."),
                refs,
                Map.of("prompts", e.prompts(), "meanPromptScore", Scales.round2(mean), "copiedTaskPrompts", copied));
    }
}

package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CandidateText;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        // A prompt that hands over the whole task is the task's words, not the candidate's: it scores 0 here.
        List<Integer> whole = e.planning().wholeTaskPrompts();
        List<Double> scores = new ArrayList<>();
        for (AiExchange exchange : e.exchanges()) {
            scores.add(whole.contains(exchange.index()) ? 0 : promptScore(exchange.text()));
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
        double anchored = e.exchanges().stream()
                        .filter(x -> !x.text().anchors().isEmpty())
                        .count()
                / (double) e.prompts();
        double constrained =
                e.exchanges().stream().filter(x -> x.text().constraintCue()).count() / (double) e.prompts();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("prompts", e.prompts());
        metrics.put("meanPromptScore", Scales.round2(mean));
        metrics.put("anchoredShare", Scales.round2(anchored));
        metrics.put("constraintShare", Scales.round2(constrained));
        metrics.put("copiedTaskPrompts", copied);
        metrics.put("wholeTaskPrompts", whole.size());
        return new SubitemResult(
                Scales.score(mean),
                "Average prompt specificity " + Refs.pct(mean) + " over " + e.prompts() + " prompt(s); "
                        + Refs.pct(anchored) + " named files, code or errors, " + Refs.pct(constrained)
                        + " stated an expected result"
                        + (copied > 0 ? "; " + copied + " prompt(s) were mostly text copied from the task." : "."),
                Remark.strength("Prompts were specific")
                        .clause("most named files, functions or errors", "anchoredShare", 0.6, 1)
                        .clause("most stated the expected result", "constraintShare", 0.6, 1)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Do not hand the whole task to the AI: ask for one part at a time, in your own words.",
                                "wholeTaskPrompts",
                                1,
                                Double.MAX_VALUE)
                        .when(
                                "Write prompts in your own words instead of pasting the task text.",
                                "copiedTaskPrompts",
                                1,
                                Double.MAX_VALUE)
                        .when(
                                "Make prompts specific: name the file and function and paste the error you see.",
                                "anchoredShare",
                                0,
                                0.59)
                        .when(
                                "Say in each prompt what result you expect (a return value, a status code, a behaviour).",
                                "constraintShare",
                                0,
                                0.59)
                        .build(metrics),
                refs,
                metrics,
                e.prompts() + " prompt(s): own words, anchors, stated expectations",
                true);
    }
}

package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CandidateText;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Context management: follow-up prompts that build on earlier answers or the code (name an identifier from the
 * workspace or an earlier answer, quote code, or refer back explicitly), discounted by the share of prompts that
 * repeat an earlier one (semantic similarity with all-MiniLM-L6-v2).
 */
public final class ContextManagementScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PROMPT_ENGINEERING;
    }

    @Override
    public String subitem() {
        return "context_management";
    }

    static boolean buildsOnContext(CandidateText text) {
        return !text.mentionedIdentifiers().isEmpty() || !text.code().isEmpty() || text.backReference();
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        if (e.prompts() == 0) {
            return NoAiUse.result(e, "Use the AI assistant and build on its earlier answers instead of starting over.");
        }
        List<AiExchange> exchanges = e.exchanges();
        double referenceRate;
        int referencing = 0;
        List<EvidenceRef> refs = new ArrayList<>();
        if (exchanges.size() == 1) {
            // Context is carried from one prompt to the next: a single prompt has nothing to carry, and earns nothing.
            referenceRate = 0;
        } else {
            for (AiExchange exchange : exchanges.subList(1, exchanges.size())) {
                if (buildsOnContext(exchange.text())
                        && !e.planning().wholeTaskPrompts().contains(exchange.index())) {
                    referencing++;
                    if (refs.isEmpty()) {
                        refs.add(Refs.prompt(exchange, "builds on earlier context"));
                    }
                }
            }
            referenceRate = (double) referencing / (exchanges.size() - 1);
        }
        double repetition = e.repetition().rate();
        for (AiExchange exchange : exchanges) {
            if (e.repetition().duplicate(exchange.index())) {
                refs.add(Refs.prompt(
                        exchange, "repeats prompt " + (e.repetition().repeats().get(exchange.index()) + 1)));
                break;
            }
        }
        if (refs.isEmpty()) {
            refs.add(Refs.prompt(exchanges.get(exchanges.size() - 1), "does not build on earlier answers or the code"));
        }
        double value = exchanges.size() == 1 ? 0 : Scales.score((0.6 * referenceRate + 0.4) * (1 - repetition));
        int followUps = Math.max(1, exchanges.size() - 1);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("referenceRate", Scales.round2(referenceRate));
        metrics.put("repeatedPrompts", e.repetition().duplicates());
        metrics.put("repetitionRate", Scales.round2(repetition));
        metrics.put("embeddedPrompts", e.repetition().embedded());
        return new SubitemResult(
                value,
                referencing + " of " + followUps + " follow-up prompt(s) built on earlier answers or the code; "
                        + e.repetition().duplicates() + " prompt(s) repeated an earlier one.",
                Remark.strength("Context was carried forward")
                        .clause("follow-up prompts built on earlier answers and the code", "referenceRate", 0.6, 1)
                        .clause("no prompt was sent twice", "repeatedPrompts", 0, 0)
                        .build(metrics),
                Remark.advice()
                        .when(
                                "Avoid re-sending near-identical prompts: say what was wrong with the previous answer instead.",
                                "repeatedPrompts",
                                1,
                                Double.MAX_VALUE)
                        .when(
                                "Refer back to earlier answers and the current code (names, excerpts) in follow-up prompts.",
                                "referenceRate",
                                0,
                                0.59)
                        .build(metrics),
                refs,
                metrics,
                exchanges.size() + " prompt(s): references to earlier context, repetition",
                exchanges.size() >= 2);
    }
}

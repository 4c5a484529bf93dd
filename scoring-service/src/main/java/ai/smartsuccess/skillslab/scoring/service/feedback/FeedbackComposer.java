package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import java.util.Comparator;
import java.util.List;

/**
 * Strengths and improvements, each tied to timeline evidence and built only from claims that hold for the subitem's
 * own metrics (see {@code Remark}), in a stable order (the design deduplicated through a
 * set, which shuffled them). Strengths: subitems at 70 or more, best first. Improvements: subitems under 60, by how
 * many points they cost the final score.
 */
public final class FeedbackComposer {

    static final double STRENGTH_AT = 70;
    static final double IMPROVEMENT_BELOW = 60;
    static final int MAX_ITEMS = 5;

    private FeedbackComposer() {}

    public static List<Feedback> strengths(List<ScoredSubitem> subitems) {
        return subitems.stream()
                .filter(s -> s.raw() >= STRENGTH_AT && !s.evidence().strength().isEmpty())
                .sorted(Comparator.comparingDouble(ScoredSubitem::raw)
                        .reversed()
                        .thenComparingInt(ScoredSubitem::order))
                .limit(MAX_ITEMS)
                .map(s -> new Feedback(
                        s.category(), s.subitem(), s.evidence().strength().text(), refs(s)))
                .toList();
    }

    public static List<Feedback> improvements(List<ScoredSubitem> subitems) {
        return subitems.stream()
                .filter(s -> s.raw() < IMPROVEMENT_BELOW
                        && !s.evidence().improvement().isEmpty())
                .sorted(Comparator.comparingDouble((ScoredSubitem s) -> -(100 - s.raw()) * s.importance())
                        .thenComparingInt(ScoredSubitem::order))
                .limit(MAX_ITEMS)
                .map(s -> new Feedback(
                        s.category(), s.subitem(), s.evidence().improvement().text(), refs(s)))
                .toList();
    }

    private static List<EvidenceRef> refs(ScoredSubitem s) {
        return s.evidence().evidence().stream().limit(3).toList();
    }
}

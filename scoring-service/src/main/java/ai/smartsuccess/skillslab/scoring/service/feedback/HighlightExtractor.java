package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Highlight;
import ai.smartsuccess.skillslab.scoring.service.evaluate.ClaritySpecificityScorer;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Refs;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FailureEpisode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.ModelSwitch;
import ai.smartsuccess.skillslab.scoring.service.preprocess.NoteRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Moments worth replaying, each pointing at its event in the session timeline, in time order. */
public final class HighlightExtractor {

    static final int MAX_HIGHLIGHTS = 7;

    private HighlightExtractor() {}

    public static List<Highlight> extract(SessionEvidence e) {
        List<Highlight> highlights = new ArrayList<>();
        e.planning().notes().stream()
                .filter(n -> n.text().listItems() > 0)
                .findFirst()
                .ifPresent(n -> highlights.add(note(n)));
        if (!e.exchanges().isEmpty()) {
            AiExchange first = e.exchanges().get(0);
            highlights.add(prompt("first_prompt", "Initial approach to the problem", first));
            AiExchange specific = e.exchanges().stream()
                    .max(Comparator.comparingDouble((AiExchange x) -> ClaritySpecificityScorer.promptScore(x.text()))
                            .thenComparing(x -> -x.index()))
                    .orElseThrow();
            if (specific != first && ClaritySpecificityScorer.promptScore(specific.text()) >= 0.5) {
                highlights.add(prompt("specific_prompt", "The most specific prompt of the session", specific));
            }
            e.exchanges().stream()
                    .filter(x -> e.repetition().duplicate(x.index()))
                    .findFirst()
                    .ifPresent(x -> highlights.add(prompt(
                            "repeated_prompt",
                            "Repeats prompt " + (e.repetition().repeats().get(x.index()) + 1) + " almost word for word",
                            x)));
        }
        e.tests().episodes().stream()
                .filter(FailureEpisode::recovered)
                .findFirst()
                .ifPresent(episode -> highlights.add(new Highlight(
                        "recovery",
                        "Recovered from a failing run",
                        "`" + Refs.excerpt(episode.failure().command(), 80) + "` failed, then passed after "
                                + episode.codeChanges() + " change(s)",
                        episode.recoveredBy().eventId(),
                        episode.recoveredBy().at())));
        if (e.tests().firstPass() != null) {
            highlights.add(new Highlight(
                    "first_green",
                    "Tests passed for the first time",
                    "`" + Refs.excerpt(e.tests().firstPass().command(), 80) + "`",
                    e.tests().firstPass().eventId(),
                    e.tests().firstPass().at()));
        }
        e.tools().modelSwitches().stream()
                .filter(ModelSwitch::explained)
                .findFirst()
                .ifPresent(s -> highlights.add(new Highlight(
                        "model_switch",
                        "Switched model from " + s.from() + " to " + s.to(),
                        Refs.excerpt(s.reason(), 200),
                        s.eventId(),
                        s.at())));
        for (AiExchange attempt : e.integrity().manipulationAttempts()) {
            highlights.add(prompt(
                    "manipulation_attempt", "A request aimed at the score; it was ignored and had no effect", attempt));
            break;
        }
        return highlights.stream()
                .sorted(Comparator.comparing(Highlight::timestamp).thenComparing(Highlight::type))
                .limit(MAX_HIGHLIGHTS)
                .toList();
    }

    private static Highlight prompt(String type, String description, AiExchange exchange) {
        return new Highlight(
                type,
                description,
                Refs.excerpt(exchange.text().raw(), 200),
                exchange.prompt().id(),
                exchange.at());
    }

    private static Highlight note(NoteRecord note) {
        return new Highlight(
                "plan",
                "Wrote a plan before building",
                Refs.excerpt(note.text().raw(), 200),
                note.eventId(),
                note.at());
    }
}

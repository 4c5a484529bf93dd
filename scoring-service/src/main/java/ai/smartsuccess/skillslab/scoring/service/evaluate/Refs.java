package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.preprocess.AiExchange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.CodeChange;
import ai.smartsuccess.skillslab.scoring.service.preprocess.NoteRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.RunRecord;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.Words;
import java.time.Instant;
import java.util.Locale;

/** Builds evidence references into the session timeline. */
public final class Refs {

    private Refs() {}

    public static EvidenceRef prompt(AiExchange exchange, String why) {
        return new EvidenceRef(
                exchange.prompt().id(),
                exchange.at(),
                "Prompt " + (exchange.index() + 1) + " ("
                        + excerpt(exchange.text().raw(), 80) + "): " + why);
    }

    public static EvidenceRef run(RunRecord run, String why) {
        return new EvidenceRef(run.eventId(), run.at(), why + ": `" + excerpt(run.command(), 60) + "`");
    }

    public static EvidenceRef change(CodeChange change, String why) {
        return new EvidenceRef(
                change.eventId(),
                change.at(),
                why + ": " + change.path() + " (+" + change.added() + "/-" + change.removed() + ")");
    }

    public static EvidenceRef note(NoteRecord note, String why) {
        return new EvidenceRef(
                note.eventId(), note.at(), why + ": \"" + excerpt(note.text().ownText(), 80) + "\"");
    }

    /** Evidence that is not a timeline event (hidden tests, final files): anchored at the submission. */
    public static EvidenceRef submission(SessionEvidence evidence, String what) {
        Instant at = evidence.submittedAt();
        return new EvidenceRef(null, at, what);
    }

    public static EvidenceRef event(String eventId, Instant at, String what) {
        return new EvidenceRef(eventId, at, what);
    }

    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = Words.normalizeSpaces(text);
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    public static String pct(double fraction) {
        return Math.round(100 * fraction) + "%";
    }

    public static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}

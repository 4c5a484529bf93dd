package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.CandidateDocument;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Highlight;
import java.util.List;
import java.util.Locale;

/** How a deleted account's personal data is replaced: the same rules wherever it appears. */
public final class PersonalData {

    /** Stands in for text the person wrote (chat, notes, prompt excerpts). */
    public static final String REMOVED = "(removed: the account was deleted)";

    public static final String DELETED_NAME = "Deleted user";

    /** Why a session the person had open was ended. */
    public static final String SESSION_ENDED =
            "The candidate deleted their account; the session was ended and does not count.";

    /** The candidate's name and email go; their id (a random subject) and type stay, so records still add up. */
    public static CandidateDocument anonymized(CandidateDocument candidate) {
        return new CandidateDocument(candidate.userId(), null, DELETED_NAME, candidate.userType());
    }

    /**
     * An address replaced by a hash: salted with a secret drawn once per deletion, so the same person's invitations
     * still match each other but the address cannot be recovered by hashing guesses.
     */
    public static String hashedEmail(String salt, String email) {
        return "sha256:"
                + InvitationTokens.sha256Hex(salt + ":" + email.strip().toLowerCase(Locale.ROOT))
                        .substring(0, 32);
    }

    /** The score stays; excerpts of what the candidate wrote (highlights, evidence descriptions) go. */
    public static ScoreReportDocument redacted(ScoreReportDocument r) {
        return new ScoreReportDocument(
                r.finalScore(),
                r.proficiencyLevel(),
                r.categoryScores(),
                r.subitemScores(),
                feedback(r.strengths()),
                feedback(r.improvements()),
                r.aiHighlights() == null
                        ? null
                        : r.aiHighlights().stream()
                                .map(h -> new Highlight(
                                        h.type(),
                                        h.description(),
                                        h.content() == null ? null : REMOVED,
                                        h.eventId(),
                                        h.timestamp()))
                                .toList(),
                r.detailedAnalysis(),
                r.scoringVersion(),
                r.scoringModels(),
                r.failedEvaluators());
    }

    private static List<Feedback> feedback(List<Feedback> items) {
        if (items == null) {
            return null;
        }
        return items.stream()
                .map(f -> new Feedback(
                        f.category(),
                        f.subitem(),
                        f.text(),
                        f.evidence() == null
                                ? null
                                : f.evidence().stream()
                                        .map(e -> new EvidenceRef(e.eventId(), e.timestamp(), REMOVED))
                                        .toList()))
                .toList();
    }

    private PersonalData() {}
}

package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a business's notice says, written from its kind and facts whenever it is shown or sent: a candidate who deleted
 * their account (no name any more) reads as "A candidate".
 */
public final class NoticeTexts {

    static final String ANONYMOUS = "A candidate";

    /** @param details {@code finalScore}, {@code proficiencyLevel}, {@code rescored} (scored); {@code autoSubmitted} */
    public record Facts(NoticeKind kind, String subjectName, String taskTitle, Map<String, Object> details) {

        public Facts {
            details = details == null ? Map.of() : details;
        }
    }

    public static String title(Facts facts) {
        return switch (facts.kind()) {
            case INVITATION_ACCEPTED -> "Invitation accepted";
            case CANDIDATE_SUBMITTED -> "Assessment submitted";
            case CANDIDATE_SCORED -> rescored(facts) ? "Candidate scored again" : "Candidate scored";
        };
    }

    /** One sentence, ending with a full stop. */
    public static String body(Facts facts) {
        String who = who(facts.subjectName());
        String task = task(facts.taskTitle());
        return switch (facts.kind()) {
            case INVITATION_ACCEPTED -> who + " accepted your invitation to " + task + ".";
            case CANDIDATE_SUBMITTED ->
                Boolean.TRUE.equals(facts.details().get("autoSubmitted"))
                        ? who + "'s time on " + task + " ran out; the work was submitted."
                        : who + " submitted " + task + ".";
            case CANDIDATE_SCORED ->
                who + (rescored(facts) ? " was scored again: " : " scored ") + score(facts.details()) + "/100 ("
                        + Levels.displayName((String) facts.details().get("proficiencyLevel")) + ") on " + task + ".";
        };
    }

    /** The email subject: the body without its full stop. */
    public static String subject(Facts facts) {
        String body = body(facts);
        return body.endsWith(".") ? body.substring(0, body.length() - 1) : body;
    }

    static String score(Map<String, Object> details) {
        Object score = details.get("finalScore");
        if (score == null) {
            return "?";
        }
        return new BigDecimal(score.toString())
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static boolean rescored(Facts facts) {
        return Boolean.TRUE.equals(facts.details().get("rescored"));
    }

    private static String who(String name) {
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }

    private static String task(String title) {
        return title == null || title.isBlank() ? "your task" : "“" + title + "”";
    }

    private NoticeTexts() {}
}

package ai.smartsuccess.skillslab.notification.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a business is told about the candidates of its own tasks. The key names the kind in preferences, in the in-app
 * list and as the webhook event type.
 */
public enum NoticeKind {
    INVITATION_ACCEPTED("invitation.accepted"),
    CANDIDATE_SUBMITTED("candidate.submitted"),
    CANDIDATE_SCORED("candidate.scored");

    private final String key;

    NoticeKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind of its email delivery ({@code business-candidate.scored}). */
    public String deliveryKind() {
        return "business-" + key;
    }

    public static Optional<NoticeKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}

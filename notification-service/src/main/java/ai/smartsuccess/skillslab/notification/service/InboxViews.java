package ai.smartsuccess.skillslab.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the in-app notification API and socket answer. */
public final class InboxViews {

    /**
     * @param kind {@code invitation.accepted}, {@code candidate.submitted} or {@code candidate.scored}
     * @param link a path of the web app showing more ({@code /results/<assessmentId>}), or null
     * @param readAt null while unread
     */
    public record NotificationView(
            UUID id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {}

    /**
     * @param unread the caller's unread notifications in all
     * @param total how many the query matches (all, or the unread ones with {@code unreadOnly})
     */
    public record NotificationPage(List<NotificationView> notifications, long unread, long total) {}

    public record ReadAll(int updated, long unread) {}

    /** @param email by email; @param inApp in the app's list and live */
    public record Preference(String kind, boolean email, boolean inApp) {}

    public record Preferences(List<Preference> preferences) {}

    /** A preference as a client sets it: both channels must be given. */
    public record PreferenceChange(String kind, Boolean email, Boolean inApp) {}

    public record PreferencesChange(List<PreferenceChange> preferences) {}

    /**
     * A message of the live socket: {@code notification} (a new one, with the unread count after it) or {@code unread}
     * (the count changed: read elsewhere, or on connecting).
     */
    public record LiveMessage(String type, NotificationView notification, long unread) {}

    private InboxViews() {}
}

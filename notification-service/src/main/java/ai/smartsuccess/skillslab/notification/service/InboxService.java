package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.model.InboxNotification;
import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import ai.smartsuccess.skillslab.notification.model.NotificationPreference;
import ai.smartsuccess.skillslab.notification.repository.InboxRepository;
import ai.smartsuccess.skillslab.notification.repository.PreferenceRepository;
import ai.smartsuccess.skillslab.notification.service.InboxViews.LiveMessage;
import ai.smartsuccess.skillslab.notification.service.InboxViews.NotificationPage;
import ai.smartsuccess.skillslab.notification.service.InboxViews.NotificationView;
import ai.smartsuccess.skillslab.notification.service.InboxViews.Preference;
import ai.smartsuccess.skillslab.notification.service.InboxViews.PreferenceChange;
import ai.smartsuccess.skillslab.notification.service.InboxViews.Preferences;
import ai.smartsuccess.skillslab.notification.service.InboxViews.PreferencesChange;
import ai.smartsuccess.skillslab.notification.service.InboxViews.ReadAll;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each person's in-app notifications and their preferences. Everything is scoped to the caller: another person's
 * notification is "not found". A change (a new notification, one read) is announced through PostgreSQL NOTIFY when its
 * transaction commits, so every instance can push it to the sockets it holds.
 */
@ApplicationScoped
public class InboxService {

    public static final int MAX_PAGE_SIZE = 100;

    private final InboxRepository inbox;
    private final PreferenceRepository preferences;
    private final PeopleService people;
    private final ObjectMapper json;

    InboxService(InboxRepository inbox, PreferenceRepository preferences, PeopleService people, ObjectMapper json) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.people = people;
        this.json = json;
    }

    public Uni<NotificationPage> list(Caller caller, boolean unreadOnly, int page, int size) {
        String userId = caller.subject();
        return people.learn(caller)
                .flatMap(ignored -> Panache.withSession(() -> inbox.page(userId, unreadOnly, page, size)
                        .flatMap(found -> inbox.count(userId, unreadOnly)
                                .flatMap(total -> inbox.unread(userId)
                                        .map(unread -> new NotificationPage(
                                                found.stream()
                                                        .map(InboxService::view)
                                                        .toList(),
                                                unread,
                                                total))))));
    }

    /** The caller's unread count (what the socket says first); learns what their token says of them. */
    public Uni<Long> unread(Caller caller) {
        return people.learn(caller).flatMap(ignored -> Panache.withSession(() -> inbox.unread(caller.subject())));
    }

    public Uni<NotificationView> markRead(Caller caller, UUID id) {
        String userId = caller.subject();
        return Panache.withTransaction(() -> inbox.findOwned(id, userId).flatMap(notification -> {
            if (notification == null) {
                throw new NotFoundException("No such notification.");
            }
            if (notification.readAt != null) {
                return Uni.createFrom().item(view(notification));
            }
            notification.markRead(now());
            return Panache.flush().flatMap(flushed -> announceUnread(userId)).replaceWith(() -> view(notification));
        }));
    }

    public Uni<ReadAll> markAllRead(Caller caller) {
        String userId = caller.subject();
        return Panache.withTransaction(() -> inbox.markAllRead(userId, now())
                .flatMap(updated -> (updated > 0
                                ? announceUnread(userId)
                                : Uni.createFrom().voidItem())
                        .replaceWith(new ReadAll(updated, 0))));
    }

    public Uni<Preferences> preferences(Caller caller) {
        return people.learn(caller)
                .flatMap(ignored -> Panache.withSession(() -> preferences.of(caller.subject())))
                .map(InboxService::complete);
    }

    /**
     * Replaces the caller's preferences: each kind listed is set as given (both channels); a kind not listed goes back
     * to the default, on for both.
     */
    public Uni<Preferences> updatePreferences(Caller caller, PreferencesChange change) {
        Map<String, PreferenceChange> wanted = checked(change);
        String userId = caller.subject();
        return people.learn(caller)
                .flatMap(ignored -> Panache.withTransaction(() -> preferences
                        .delete("userId", userId)
                        .flatMap(deleted -> {
                            // Only what differs from the default is kept.
                            List<NotificationPreference> rows = new ArrayList<>();
                            wanted.values().stream()
                                    .filter(p -> !p.email() || !p.inApp())
                                    .forEach(p -> rows.add(row(userId, p)));
                            return rows.isEmpty() ? Uni.createFrom().voidItem() : preferences.persist(rows.stream());
                        })
                        .flatMap(saved -> Panache.flush())
                        .flatMap(flushed -> preferences.of(userId))))
                .map(InboxService::complete);
    }

    /** Whether a person wants a kind of notice {@code [email, inApp]}; both when they never said. */
    Uni<boolean[]> wants(String userId, NoticeKind kind) {
        return preferences
                .of(userId, kind.key())
                .map(p -> p == null ? new boolean[] {true, true} : new boolean[] {p.email, p.inApp});
    }

    /**
     * Adds a notification unless the same event already made one for its recipient (then null), and announces it, in
     * the caller's transaction.
     */
    Uni<NotificationView> add(InboxNotification notification) {
        return inbox.findByEvent(notification.userId, notification.kind, notification.eventId)
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().nullItem();
                    }
                    return inbox.persist(notification)
                            .flatMap(saved -> Panache.flush())
                            .flatMap(flushed -> inbox.unread(notification.userId))
                            .flatMap(unread -> {
                                NotificationView view = view(notification);
                                return inbox.announce(live(
                                                notification.userId, new LiveMessage("notification", view, unread)))
                                        .replaceWith(view);
                            });
                });
    }

    private Uni<Void> announceUnread(String userId) {
        return inbox.unread(userId)
                .flatMap(unread -> inbox.announce(live(userId, new LiveMessage("unread", null, unread))));
    }

    /** The NOTIFY payload: whose sockets, a newline, the message they get. */
    private String live(String userId, LiveMessage message) {
        try {
            return userId + "\n" + json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live message could not be written", e);
        }
    }

    public static NotificationView view(InboxNotification n) {
        NoticeTexts.Facts facts =
                new NoticeTexts.Facts(NoticeKind.of(n.kind).orElseThrow(), n.subjectName, n.taskTitle, n.details);
        return new NotificationView(
                n.id,
                n.kind,
                NoticeTexts.title(facts),
                NoticeTexts.body(facts),
                n.link,
                n.createdAt.toInstant(),
                n.readAt == null ? null : n.readAt.toInstant());
    }

    private static Map<String, PreferenceChange> checked(PreferencesChange change) {
        if (change == null || change.preferences() == null) {
            throw new InvalidInputException("preferences", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, PreferenceChange> wanted = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<PreferenceChange> listed = change.preferences();
        for (int i = 0; i < listed.size(); i++) {
            PreferenceChange p = listed.get(i);
            String at = "preferences[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            if (p.kind() == null || NoticeKind.of(p.kind()).isEmpty()) {
                errors.add(new FieldError(at + ".kind", "is not one of " + kinds()));
            } else if (!seen.add(p.kind())) {
                errors.add(new FieldError(at + ".kind", "is listed twice"));
            }
            if (p.email() == null) {
                errors.add(new FieldError(at + ".email", "is required (true or false)"));
            }
            if (p.inApp() == null) {
                errors.add(new FieldError(at + ".inApp", "is required (true or false)"));
            }
            if (errors.isEmpty()) {
                wanted.put(p.kind(), p);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? errors.get(0).field() + " " + errors.get(0).message()
                            : "Some fields are invalid.",
                    errors);
        }
        return wanted;
    }

    private static NotificationPreference row(String userId, PreferenceChange p) {
        NotificationPreference row = new NotificationPreference();
        row.userId = userId;
        row.kind = p.kind();
        row.email = p.email();
        row.inApp = p.inApp();
        row.updatedAt = now();
        return row;
    }

    /** Every kind, as set or by default. */
    private static Preferences complete(List<NotificationPreference> rows) {
        Map<String, NotificationPreference> byKind = new HashMap<>();
        rows.forEach(row -> byKind.put(row.kind, row));
        return new Preferences(Arrays.stream(NoticeKind.values())
                .map(kind -> {
                    NotificationPreference row = byKind.get(kind.key());
                    return row == null
                            ? new Preference(kind.key(), true, true)
                            : new Preference(kind.key(), row.email, row.inApp);
                })
                .toList());
    }

    private static String kinds() {
        return String.join(
                ", ", Arrays.stream(NoticeKind.values()).map(NoticeKind::key).toList());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

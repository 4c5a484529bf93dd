package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.model.AssessmentContact;
import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.model.InboxNotification;
import ai.smartsuccess.skillslab.notification.model.InvitationRecord;
import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import ai.smartsuccess.skillslab.notification.repository.AssessmentContactRepository;
import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import ai.smartsuccess.skillslab.notification.repository.ForgottenUserRepository;
import ai.smartsuccess.skillslab.notification.repository.InboxRepository;
import ai.smartsuccess.skillslab.notification.repository.InvitationRecordRepository;
import ai.smartsuccess.skillslab.notification.repository.PersonRepository;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookDispatcher;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a business about the candidates of its own tasks: an invitation accepted, an assessment submitted, a score.
 * Each notice goes in the app, by email and to the business's webhooks subscribed to it, as the business's preferences
 * say. Everything is keyed by the event that caused it, so a redelivered event changes nothing. Default tasks have no
 * business behind them; a business taking its own task is not told about itself.
 *
 * <p>A score may arrive before its assessment's submission (the topics are read independently): the submission then
 * brings the score's notice along, from the score this service recorded for the candidate's email.
 */
@ApplicationScoped
public class BusinessNotices {

    private final AssessmentContactRepository contacts;
    private final InvitationRecordRepository invitations;
    private final ForgottenUserRepository forgotten;
    private final PersonRepository people;
    private final DeliveryRepository deliveries;
    private final InboxRepository inboxRows;
    private final InboxService inbox;
    private final PeopleService peopleService;
    private final WebhookService webhooks;
    private final WebhookDispatcher dispatcher;
    private final NotificationService notifications;
    private final String baseUrl;

    BusinessNotices(
            AssessmentContactRepository contacts,
            InvitationRecordRepository invitations,
            ForgottenUserRepository forgotten,
            PersonRepository people,
            DeliveryRepository deliveries,
            InboxRepository inboxRows,
            InboxService inbox,
            PeopleService peopleService,
            WebhookService webhooks,
            WebhookDispatcher dispatcher,
            NotificationService notifications,
            NotificationConfig config) {
        this.contacts = contacts;
        this.invitations = invitations;
        this.forgotten = forgotten;
        this.people = people;
        this.deliveries = deliveries;
        this.inboxRows = inboxRows;
        this.inbox = inbox;
        this.peopleService = peopleService;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.notifications = notifications;
        this.baseUrl = config.web().baseUrl().replaceAll("/+$", "");
    }

    /**
     * One notice to one business about one event.
     *
     * @param details facts of the kind the text is written from
     * @param data the webhook event's {@code data}
     */
    record Notice(
            String recipientUserId,
            NoticeKind kind,
            UUID eventId,
            Instant occurredAt,
            String subjectUserId,
            String subjectName,
            String taskTitle,
            UUID assessmentId,
            Map<String, Object> details,
            String link,
            Map<String, Object> data) {}

    /** Remembers the invitation (its acceptance names candidate and task) and the sender's name and company. */
    public Uni<Void> onInvitationCreated(InvitationCreated event) {
        if (event.invitationId() == null || blank(event.senderId())) {
            return Uni.createFrom().voidItem();
        }
        return peopleService
                .learnSender(event.senderId(), event.senderName(), event.companyName())
                .flatMap(ignored -> Panache.withTransaction(() -> invitations
                        .findById(event.invitationId())
                        .flatMap(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().voidItem();
                            }
                            InvitationRecord record = new InvitationRecord();
                            record.invitationId = event.invitationId();
                            record.senderId = event.senderId();
                            record.taskId = event.taskId();
                            record.taskTitle = event.taskTitle();
                            record.recipientEmail = event.recipientEmail();
                            record.recipientName = blank(event.recipientName()) ? null : event.recipientName();
                            record.createdAt = now();
                            return invitations.persist(record).replaceWithVoid();
                        })));
    }

    public Uni<Void> onInvitationAccepted(InvitationAccepted event) {
        if (blank(event.senderId())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> invitations.findById(event.invitationId()))
                .flatMap(record -> {
                    if (record != null && !blank(event.recipientUserId())) {
                        return Panache.withTransaction(() -> invitations.update(
                                        "recipientUserId = ?1 where invitationId = ?2",
                                        event.recipientUserId(),
                                        record.invitationId))
                                .replaceWith(record);
                    }
                    return Uni.createFrom().item(record);
                })
                .flatMap(record -> {
                    String name = record == null ? null : firstNonBlank(record.recipientName, record.recipientEmail);
                    String taskTitle = record == null ? null : record.taskTitle;
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("invitationId", event.invitationId());
                    data.put("assessmentId", event.assessmentId());
                    data.put("taskId", event.taskId());
                    data.put("taskTitle", taskTitle);
                    data.put(
                            "candidate",
                            candidate(
                                    event.recipientUserId(),
                                    record == null ? null : record.recipientName,
                                    record == null ? null : record.recipientEmail));
                    data.put("acceptedAt", event.occurredAt());
                    return deliver(new Notice(
                            event.senderId(),
                            NoticeKind.INVITATION_ACCEPTED,
                            event.eventId(),
                            event.occurredAt(),
                            event.recipientUserId(),
                            name,
                            taskTitle,
                            event.assessmentId(),
                            Map.of(),
                            "/business/invitations",
                            data));
                });
    }

    public Uni<Void> onSubmitted(AssessmentSubmitted event) {
        String owner = ownerOf(event.task());
        if (owner == null || owner.equals(event.candidate().userId())) {
            return Uni.createFrom().voidItem();
        }
        AssessmentSubmitted.Candidate who = event.candidate();
        Map<String, Object> details = new HashMap<>();
        details.put("autoSubmitted", event.autoSubmitted());
        details.put("timeSpentSeconds", event.timeSpentSeconds());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessmentId", event.assessmentId());
        data.put("invitationId", event.invitationId());
        data.put("attemptNumber", event.attemptNumber());
        data.put("taskId", event.task().id());
        data.put("taskTitle", event.task().title());
        data.put("candidate", candidate(who.userId(), who.name(), who.email()));
        data.put("startedAt", event.startedAt());
        data.put("submittedAt", event.submittedAt());
        data.put("timeSpentSeconds", event.timeSpentSeconds());
        data.put("autoSubmitted", event.autoSubmitted());
        Notice notice = new Notice(
                owner,
                NoticeKind.CANDIDATE_SUBMITTED,
                event.eventId(),
                event.occurredAt(),
                who.userId(),
                firstNonBlank(who.name(), who.email()),
                event.task().title(),
                event.assessmentId(),
                details,
                "/business",
                data);
        return deliver(notice).flatMap(ignored -> scoreRecordedEarlier(event.assessmentId()));
    }

    public Uni<Void> onScoreComputed(ScoreComputed event) {
        return Panache.withSession(() -> contacts.findById(event.assessmentId()))
                .flatMap(contact -> {
                    if (!forABusiness(contact)) {
                        return Uni.createFrom().voidItem();
                    }
                    return deliver(scored(
                            contact,
                            event.eventId(),
                            event.occurredAt(),
                            event.finalScore(),
                            event.proficiencyLevel(),
                            event.categoryScores()));
                });
    }

    /** The newest score recorded for the assessment before its submission was known, told now. */
    private Uni<Void> scoreRecordedEarlier(UUID assessmentId) {
        return Panache.withSession(() -> contacts.findById(assessmentId)
                        .flatMap(contact -> deliveries
                                .notSkipped(assessmentId, NotificationService.SCORE_READY)
                                .map(scores -> scores.stream()
                                        .filter(d -> d.payload != null && d.payload.get("finalScore") != null)
                                        .max(Comparator.comparing(d -> d.createdAt))
                                        .map(score -> new Object[] {contact, score})
                                        .orElse(null))))
                .flatMap(found -> {
                    if (found == null || !forABusiness((AssessmentContact) found[0])) {
                        return Uni.createFrom().voidItem();
                    }
                    AssessmentContact contact = (AssessmentContact) found[0];
                    Delivery score = (Delivery) found[1];
                    @SuppressWarnings("unchecked")
                    Map<String, Double> categories = score.payload.get("categoryScores") instanceof Map<?, ?> map
                            ? (Map<String, Double>) map
                            : Map.of();
                    return deliver(scored(
                            contact,
                            score.eventId,
                            score.createdAt.toInstant(),
                            Double.parseDouble(score.payload.get("finalScore").toString()),
                            (String) score.payload.get("proficiencyLevel"),
                            categories));
                });
    }

    private Notice scored(
            AssessmentContact contact,
            UUID eventId,
            Instant occurredAt,
            double finalScore,
            String level,
            Map<String, Double> categoryScores) {
        Map<String, Object> details = new HashMap<>();
        details.put("finalScore", finalScore);
        details.put("proficiencyLevel", level);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessmentId", contact.assessmentId);
        data.put("invitationId", contact.invitationId);
        data.put("taskId", contact.taskId);
        data.put("taskTitle", contact.taskTitle);
        data.put("candidate", candidate(contact.userId, contact.name, contact.email));
        data.put("finalScore", finalScore);
        data.put("proficiencyLevel", level);
        data.put("categoryScores", categoryScores == null ? Map.of() : categoryScores);
        data.put("reportUrl", baseUrl + "/results/" + contact.assessmentId);
        data.put("scoredAt", occurredAt);
        return new Notice(
                contact.taskOwnerId,
                NoticeKind.CANDIDATE_SCORED,
                eventId,
                occurredAt,
                contact.userId,
                firstNonBlank(contact.name, contact.email),
                contact.taskTitle,
                contact.assessmentId,
                details,
                "/results/" + contact.assessmentId,
                data);
    }

    /**
     * Records the notice in the app, as an email and for the webhooks, as the recipient wants it, in one transaction;
     * then sends the email and wakes the webhook dispatcher. A failed email fails the call, so that the event is
     * retried (nothing recorded is recorded twice).
     */
    Uni<Void> deliver(Notice notice) {
        String recipient = notice.recipientUserId();
        return Panache.withTransaction(() -> forgotten.isForgotten(recipient).flatMap(gone -> {
                    if (gone) {
                        return Uni.createFrom().item(Outcome.NOTHING);
                    }
                    return inbox.wants(recipient, notice.kind())
                            .flatMap(wants -> withRescored(notice)
                                    .flatMap(details -> (wants[1]
                                                    ? inbox.add(inApp(notice, details))
                                                    : Uni.createFrom().nullItem())
                                            .flatMap(added -> wants[0]
                                                    ? recordEmail(notice, details)
                                                    : Uni.createFrom().<UUID>nullItem())
                                            .flatMap(email -> webhooks.enqueue(
                                                            recipient,
                                                            notice.kind(),
                                                            notice.eventId(),
                                                            notice.occurredAt(),
                                                            notice.subjectUserId(),
                                                            notice.data())
                                                    .map(queued -> new Outcome(email, queued)))));
                }))
                .flatMap(outcome -> {
                    if (outcome.webhooksQueued() > 0) {
                        dispatcher.kick();
                    }
                    return outcome.email() == null ? Uni.createFrom().voidItem() : notifications.send(outcome.email());
                });
    }

    private record Outcome(UUID email, int webhooksQueued) {
        static final Outcome NOTHING = new Outcome(null, 0);
    }

    /** A score of an assessment the business was already told a score of says so. */
    private Uni<Map<String, Object>> withRescored(Notice notice) {
        if (notice.kind() != NoticeKind.CANDIDATE_SCORED) {
            return Uni.createFrom().item(notice.details());
        }
        return inboxRows
                .count(
                        "userId = ?1 and kind = ?2 and assessmentId = ?3 and eventId <> ?4",
                        notice.recipientUserId(),
                        notice.kind().key(),
                        notice.assessmentId(),
                        notice.eventId())
                .map(earlier -> {
                    Map<String, Object> details = new HashMap<>(notice.details());
                    if (earlier > 0) {
                        details.put("rescored", true);
                    }
                    return details;
                });
    }

    private static InboxNotification inApp(Notice notice, Map<String, Object> details) {
        InboxNotification n = new InboxNotification();
        n.id = UUID.randomUUID();
        n.userId = notice.recipientUserId();
        n.kind = notice.kind().key();
        n.eventId = notice.eventId();
        n.subjectUserId = notice.subjectUserId();
        n.subjectName = notice.subjectName();
        n.taskTitle = notice.taskTitle();
        n.assessmentId = notice.assessmentId();
        n.details = details;
        n.link = notice.link();
        n.createdAt = now();
        return n;
    }

    /**
     * The notice's email, once per event; it waits to be sent ({@code pending}) when the recipient's address is known,
     * and is recorded as {@code skipped} when it is not (they never called this service with a verified address).
     * Returns the delivery to send, or null.
     */
    private Uni<UUID> recordEmail(Notice notice, Map<String, Object> details) {
        String kind = notice.kind().deliveryKind();
        return deliveries.findByEvent(notice.eventId(), kind).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(Delivery.PENDING.equals(existing.status) ? existing.id : null);
            }
            return people.findById(notice.recipientUserId()).flatMap(person -> {
                Map<String, Object> payload = new HashMap<>();
                payload.put("kind", notice.kind().key());
                payload.put("subjectName", notice.subjectName());
                payload.put("taskTitle", notice.taskTitle());
                payload.put("details", details);
                payload.put("link", notice.link());
                payload.put("recipientName", person == null ? null : person.name);
                Delivery delivery = new Delivery();
                delivery.id = UUID.randomUUID();
                delivery.eventId = notice.eventId();
                delivery.kind = kind;
                delivery.recipient = person == null ? null : person.email;
                delivery.recipientUserId = notice.recipientUserId();
                delivery.subjectUserId = notice.subjectUserId();
                delivery.payload = payload;
                delivery.createdAt = now();
                if (delivery.recipient == null) {
                    delivery.status = Delivery.SKIPPED;
                    delivery.lastError = "no verified email address is known for the recipient";
                } else {
                    delivery.status = Delivery.PENDING;
                }
                return deliveries
                        .persist(delivery)
                        .map(saved -> Delivery.PENDING.equals(saved.status) ? saved.id : null);
            });
        });
    }

    /** The business whose own task it is; null for a default task. */
    static String ownerOf(TaskSnapshot task) {
        if (task == null || task.isDefault() || blank(task.creatorId())) {
            return null;
        }
        return task.creatorId();
    }

    private static boolean forABusiness(AssessmentContact contact) {
        return contact != null && contact.taskOwnerId != null && !contact.taskOwnerId.equals(contact.userId);
    }

    private static Map<String, Object> candidate(String userId, String name, String email) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("userId", userId);
        candidate.put("name", blank(name) ? null : name);
        candidate.put("email", blank(email) ? null : email);
        return candidate;
    }

    private static String firstNonBlank(String first, String second) {
        return !blank(first) ? first : blank(second) ? null : second;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

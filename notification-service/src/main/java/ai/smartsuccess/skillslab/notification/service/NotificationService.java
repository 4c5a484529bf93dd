package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.notification.model.AssessmentContact;
import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.repository.AssessmentContactRepository;
import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decides which notifications an event causes and sends them. A delivery is recorded before it is sent, keyed by the
 * event, so a redelivered event never sends twice; a score that arrives before its recipient is known waits as
 * {@code pending} until AssessmentSubmitted brings the contact.
 */
@ApplicationScoped
public class NotificationService {

    static final String SCORE_READY = "score-ready";
    static final String SCORING_FAILED = "scoring-failed";
    static final String INVITATION = "invitation";
    static final String INVITATION_REMINDER = "invitation-reminder";
    static final String INVITATION_EXPIRING = "invitation-expiring";

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final AssessmentContactRepository contacts;
    private final DeliveryRepository deliveries;
    private final MailSender mail;

    NotificationService(AssessmentContactRepository contacts, DeliveryRepository deliveries, MailSender mail) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.mail = mail;
    }

    public Uni<Void> onSubmitted(AssessmentSubmitted event) {
        return Panache.withTransaction(() -> contacts.findById(event.assessmentId())
                        .flatMap(existing ->
                                existing != null ? Uni.createFrom().item(existing) : contacts.persist(contactOf(event)))
                        .flatMap(ignored -> deliveries.pendingFor(event.assessmentId())))
                .flatMap(pending -> Multi.createFrom()
                        .iterable(pending)
                        .onItem()
                        .transformToUniAndConcatenate(delivery -> send(delivery.id))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }

    public Uni<Void> onScoreComputed(ScoreComputed event) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("finalScore", event.finalScore());
        payload.put("proficiencyLevel", event.proficiencyLevel());
        Object summary = event.detailedAnalysis() == null
                ? null
                : event.detailedAnalysis().get("summary");
        payload.put("summary", summary == null ? "" : summary.toString());
        // Kept for the business's notice, should this score arrive before the assessment's submission.
        payload.put("categoryScores", event.categoryScores() == null ? Map.of() : event.categoryScores());
        return recordScore(event.eventId(), event.assessmentId(), payload).flatMap(this::send);
    }

    public Uni<Void> onScoringFailed(ScoringFailed event) {
        Map<String, Object> payload = Map.of("reason", event.reason() == null ? "an unexpected error" : event.reason());
        return record(event.eventId(), SCORING_FAILED, event.assessmentId(), null, payload)
                .flatMap(this::send);
    }

    public Uni<Void> onInvitationCreated(InvitationCreated event) {
        Map<String, Object> payload = invitationPayload(
                event.recipientName(),
                event.companyName(),
                event.senderName(),
                event.taskTitle(),
                event.message(),
                event.accessUrl(),
                event.expiresAt(),
                event.locale());
        return record(event.eventId(), INVITATION, null, event.recipientEmail(), payload)
                .flatMap(this::send);
    }

    /** The same invitation emailed again: a delivery of its own, keyed by the resend's event id. */
    public Uni<Void> onInvitationResent(InvitationResent event) {
        Map<String, Object> payload = invitationPayload(
                event.recipientName(),
                event.companyName(),
                event.senderName(),
                event.taskTitle(),
                event.message(),
                event.accessUrl(),
                event.expiresAt(),
                event.locale());
        payload.put("resendCount", event.resendCount());
        return record(event.eventId(), INVITATION_REMINDER, null, event.recipientEmail(), payload)
                .flatMap(this::send);
    }

    /** The candidate is reminded that a waiting invitation expires soon: once per event. */
    public Uni<Void> onInvitationExpiringSoon(InvitationExpiringSoon event) {
        Map<String, Object> payload = invitationPayload(
                event.recipientName(),
                event.companyName(),
                event.senderName(),
                event.taskTitle(),
                event.message(),
                event.accessUrl(),
                event.expiresAt(),
                event.locale());
        return record(event.eventId(), INVITATION_EXPIRING, null, event.recipientEmail(), payload)
                .flatMap(this::send);
    }

    /** What an invitation email says; the expiry is written out in the invitation's language when it is recorded. */
    private static Map<String, Object> invitationPayload(
            String recipientName,
            String companyName,
            String senderName,
            String taskTitle,
            String message,
            String accessUrl,
            Instant expiresAt,
            String locale) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("recipientName", blankToDefault(recipientName, "there"));
        payload.put("companyName", blankToDefault(companyName, "A company"));
        payload.put("senderName", blankToDefault(senderName, "Someone"));
        payload.put("taskTitle", taskTitle);
        payload.put("message", message == null ? "" : message);
        payload.put("accessUrl", accessUrl);
        payload.put("locale", ExpiryDates.locale(locale).toLanguageTag());
        payload.put("expires", expiresAt == null ? "" : ExpiryDates.format(expiresAt, locale));
        return payload;
    }

    /**
     * Forgets a person who deleted their account: their contact rows go, and so do the addresses and contents of the
     * messages sent to them (the delivery rows stay, anonymized, as a record that something was sent).
     */
    public Uni<Void> onAccountDeleted(AccountDeleted event) {
        return Panache.withTransaction(() -> contacts.list("userId", event.userId())
                .flatMap(mine -> {
                    List<UUID> assessments =
                            mine.stream().map(c -> c.assessmentId).toList();
                    if (assessments.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    // Also what went to their address before it was tied to an assessment (an invitation).
                    List<String> addresses = mine.stream()
                            .map(c -> c.email)
                            .filter(Objects::nonNull)
                            .map(email -> email.toLowerCase(Locale.ROOT))
                            .distinct()
                            .toList();
                    Uni<List<Delivery>> theirs = addresses.isEmpty()
                            ? deliveries.list("assessmentId in ?1", assessments)
                            : deliveries.list("assessmentId in ?1 or lower(recipient) in ?2", assessments, addresses);
                    return theirs.invoke(sent -> sent.forEach(NotificationService::erase))
                            .flatMap(ignored -> contacts.delete("userId", event.userId()))
                            .replaceWithVoid();
                }));
    }

    /**
     * The score email of an assessment goes out once: a later score (an administrator's re-score) is recorded as
     * skipped when the candidate was already emailed one (or the email failed for good); when the earlier one still
     * waits for its recipient, it is the earlier one that is skipped, so the candidate gets the newest score. Sends
     * nothing by itself: the answer is the delivery {@link #send} may send.
     */
    private Uni<UUID> recordScore(UUID eventId, UUID assessmentId, Map<String, Object> payload) {
        return Panache.withTransaction(() -> deliveries
                .findByEvent(eventId, SCORE_READY)
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing.id);
                    }
                    return deliveries.notSkipped(assessmentId, SCORE_READY).flatMap(earlier -> {
                        boolean alreadyTold = earlier.stream().anyMatch(d -> !Delivery.PENDING.equals(d.status));
                        if (!alreadyTold) {
                            earlier.forEach(waiting -> waiting.status = Delivery.SKIPPED);
                        }
                        Delivery delivery = newDelivery(eventId, SCORE_READY, assessmentId, null, payload);
                        if (alreadyTold) {
                            delivery.status = Delivery.SKIPPED;
                            LOG.infof(
                                    "assessment %s was scored again; its candidate already had the score email",
                                    assessmentId);
                        }
                        return deliveries.persist(delivery).map(saved -> saved.id);
                    });
                }));
    }

    /** The delivery for an event, created once. */
    private Uni<UUID> record(
            UUID eventId, String kind, UUID assessmentId, String recipient, Map<String, Object> payload) {
        return Panache.withTransaction(() -> deliveries
                .findByEvent(eventId, kind)
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing.id);
                    }
                    return deliveries
                            .persist(newDelivery(eventId, kind, assessmentId, recipient, payload))
                            .map(saved -> saved.id);
                }));
    }

    private static Delivery newDelivery(
            UUID eventId, String kind, UUID assessmentId, String recipient, Map<String, Object> payload) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = eventId;
        delivery.kind = kind;
        delivery.assessmentId = assessmentId;
        delivery.recipient = recipient;
        delivery.payload = payload;
        delivery.status = Delivery.PENDING;
        delivery.createdAt = OffsetDateTime.now();
        return delivery;
    }

    /** Sends a pending delivery if its recipient is known; a failure is recorded and rethrown so Kafka retries. */
    Uni<Void> send(UUID deliveryId) {
        return Panache.withSession(() -> deliveries.findById(deliveryId).flatMap(delivery -> {
                    if (delivery == null || !Delivery.PENDING.equals(delivery.status)) {
                        return Uni.createFrom().nullItem();
                    }
                    if (delivery.assessmentId == null) {
                        return Uni.createFrom().item(new Outgoing(delivery, null));
                    }
                    return contacts.findById(delivery.assessmentId).map(contact -> new Outgoing(delivery, contact));
                }))
                .flatMap(outgoing -> {
                    if (outgoing == null || (outgoing.delivery().recipient == null && outgoing.contact() == null)) {
                        return Uni.createFrom().voidItem();
                    }
                    MailSender.Message message = mail.compose(outgoing.delivery(), outgoing.contact());
                    return mail.send(message)
                            .flatMap(ignored -> mark(deliveryId, Delivery.SENT, message, null))
                            .onFailure()
                            .call(failure -> mark(deliveryId, Delivery.PENDING, message, failure.getMessage()))
                            .onFailure()
                            .invoke(failure -> LOG.warnf("sending %s failed: %s", deliveryId, failure.getMessage()));
                });
    }

    private Uni<Void> mark(UUID deliveryId, String status, MailSender.Message message, String error) {
        return Panache.withTransaction(() -> deliveries.findById(deliveryId).invoke(delivery -> {
                    delivery.status = status;
                    delivery.recipient = message.to();
                    delivery.subject = message.subject();
                    delivery.attempts++;
                    delivery.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
                    if (Delivery.SENT.equals(status)) {
                        delivery.sentAt = OffsetDateTime.now();
                        delivery.payload = withoutLink(delivery.payload);
                    }
                }))
                .replaceWithVoid();
    }

    /**
     * A sent invitation email's row keeps no copy of the access link: the link lives in the email, and (sealed) in
     * assessment-service, nowhere else. A redelivered event finds the row by its event id and sends nothing again.
     */
    static Map<String, Object> withoutLink(Map<String, Object> payload) {
        if (payload == null || payload.get(LINK_FIELD) == null) {
            return payload;
        }
        Map<String, Object> scrubbed = new java.util.LinkedHashMap<>(payload);
        scrubbed.put(LINK_FIELD, null);
        return scrubbed;
    }

    static final String LINK_FIELD = "accessUrl";

    static void erase(Delivery delivery) {
        delivery.recipient = null;
        delivery.subject = null;
        delivery.payload = Map.of("erased", true);
        if (Delivery.PENDING.equals(delivery.status)) {
            delivery.status = Delivery.FAILED;
            delivery.lastError = "recipient deleted their account";
        }
    }

    private static AssessmentContact contactOf(AssessmentSubmitted event) {
        AssessmentContact contact = new AssessmentContact();
        contact.assessmentId = event.assessmentId();
        contact.userId = event.candidate().userId();
        contact.email = event.candidate().email();
        contact.name = blankToDefault(event.candidate().name(), "there");
        contact.userType = event.candidate().userType();
        contact.taskTitle = event.task().title();
        contact.taskId = event.task().id();
        contact.taskOwnerId = BusinessNotices.ownerOf(event.task());
        contact.invitationId = event.invitationId();
        contact.createdAt = OffsetDateTime.now();
        return contact;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Outgoing(Delivery delivery, AssessmentContact contact) {}
}

package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.model.ForgottenUser;
import ai.smartsuccess.skillslab.notification.repository.AssessmentContactRepository;
import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import ai.smartsuccess.skillslab.notification.repository.ForgottenUserRepository;
import ai.smartsuccess.skillslab.notification.repository.InboxRepository;
import ai.smartsuccess.skillslab.notification.repository.InvitationRecordRepository;
import ai.smartsuccess.skillslab.notification.repository.PersonRepository;
import ai.smartsuccess.skillslab.notification.repository.PreferenceRepository;
import ai.smartsuccess.skillslab.notification.repository.WebhookDeliveryRepository;
import ai.smartsuccess.skillslab.notification.repository.WebhookRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Forgets a deleted account in what the business notices added, in one transaction (the candidate's own emails are
 * erased by {@link NotificationService#onAccountDeleted}):
 *
 * <ul>
 *   <li>as a recipient: their address, name and company, preferences, notifications and webhooks (with their logs)
 *       go; the emails sent to them keep no address or content; invitations they sent are dropped; nothing is learnt
 *       about them or sent to them again;
 *   <li>as the candidate a notice is about: the business's notices and emails no longer name them ("A candidate"),
 *       webhook deliveries about them that still wait are given up, invitations addressed to them lose the address.
 * </ul>
 */
@ApplicationScoped
public class AccountErasure {

    private final ForgottenUserRepository forgotten;
    private final PersonRepository people;
    private final PreferenceRepository preferences;
    private final InboxRepository inbox;
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository webhookDeliveries;
    private final InvitationRecordRepository invitations;
    private final AssessmentContactRepository contacts;
    private final DeliveryRepository deliveries;

    AccountErasure(
            ForgottenUserRepository forgotten,
            PersonRepository people,
            PreferenceRepository preferences,
            InboxRepository inbox,
            WebhookRepository webhooks,
            WebhookDeliveryRepository webhookDeliveries,
            InvitationRecordRepository invitations,
            AssessmentContactRepository contacts,
            DeliveryRepository deliveries) {
        this.forgotten = forgotten;
        this.people = people;
        this.preferences = preferences;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.webhookDeliveries = webhookDeliveries;
        this.invitations = invitations;
        this.contacts = contacts;
        this.deliveries = deliveries;
    }

    public Uni<Void> forget(String userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> forgotten
                .findById(userId)
                .flatMap(known -> {
                    if (known != null) {
                        return Uni.createFrom().voidItem();
                    }
                    ForgottenUser gone = new ForgottenUser();
                    gone.userId = userId;
                    gone.forgottenAt = now;
                    return forgotten.persist(gone).replaceWithVoid();
                })
                // As a recipient. The emails sent before the account was known by its id (an invitation, sent to an
                // address) are found by the addresses the person is known by here, before those are forgotten.
                .flatMap(ignored -> addressesOf(userId))
                .flatMap(addresses -> addresses.isEmpty()
                        ? Uni.createFrom().item(List.<Delivery>of())
                        : deliveries.list("lower(recipient) in ?1", addresses))
                .invoke(sent -> sent.forEach(NotificationService::erase))
                .flatMap(ignored -> people.delete("userId", userId))
                .flatMap(ignored -> preferences.delete("userId", userId))
                .flatMap(ignored -> inbox.delete("userId", userId))
                .flatMap(ignored -> webhooks.delete("ownerId", userId))
                .flatMap(ignored -> invitations.delete("senderId", userId))
                .flatMap(ignored -> contacts.update("taskOwnerId = null where taskOwnerId = ?1", userId))
                .flatMap(ignored -> deliveries.list("recipientUserId", userId))
                .invoke(sent -> sent.forEach(NotificationService::erase))
                // As the candidate a notice is about.
                .flatMap(ignored -> inbox.update("subjectName = null where subjectUserId = ?1", userId))
                .flatMap(ignored -> invitations.update(
                        "recipientEmail = null, recipientName = null where recipientUserId = ?1", userId))
                .flatMap(ignored -> webhookDeliveries.pendingAbout(userId))
                .invoke(waiting -> waiting.forEach(delivery -> delivery.abandon(now)))
                .flatMap(ignored -> deliveries.list("subjectUserId", userId))
                .invoke(AccountErasure::anonymize)
                .replaceWithVoid());
    }

    /** The addresses (lower case) this service knows the person by: their own, and those of invitations they took. */
    private Uni<List<String>> addressesOf(String userId) {
        return people.findById(userId)
                .flatMap(person -> invitations.list("recipientUserId", userId).map(taken -> {
                    Set<String> addresses = new HashSet<>();
                    if (person != null && person.email != null) {
                        addresses.add(person.email.toLowerCase(Locale.ROOT));
                    }
                    taken.stream()
                            .map(invitation -> invitation.recipientEmail)
                            .filter(Objects::nonNull)
                            .forEach(address -> addresses.add(address.toLowerCase(Locale.ROOT)));
                    return List.copyOf(addresses);
                }));
    }

    /** The business's emails about the person no longer name them; what was sent stays on record as sent. */
    private static void anonymize(List<Delivery> about) {
        for (Delivery delivery : about) {
            if (delivery.payload == null || !delivery.payload.containsKey("subjectName")) {
                continue;
            }
            Map<String, Object> payload = new HashMap<>(delivery.payload);
            payload.put("subjectName", null);
            delivery.payload = payload;
        }
    }
}

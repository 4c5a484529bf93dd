package ai.smartsuccess.skillslab.notification.service.webhook;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import ai.smartsuccess.skillslab.notification.model.Webhook;
import ai.smartsuccess.skillslab.notification.model.WebhookAttempt;
import ai.smartsuccess.skillslab.notification.model.WebhookDelivery;
import ai.smartsuccess.skillslab.notification.repository.WebhookDeliveryRepository;
import ai.smartsuccess.skillslab.notification.repository.WebhookRepository;
import ai.smartsuccess.skillslab.notification.service.PeopleService;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.AttemptView;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.Created;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.DeliveryPage;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.DeliveryView;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.WebhookList;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.WebhookView;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A business's webhooks: saved with a checked URL, the events it wants and a signing secret (given, or made here; shown
 * once, kept encrypted); deleted with their delivery log; tested with a {@code webhook.test} event. Each business sees
 * and touches only its own: another's webhook is "not found", never "forbidden".
 */
@ApplicationScoped
public class WebhookService {

    public static final String TEST_EVENT = "webhook.test";
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    static final String EVENTS =
            Arrays.stream(NoticeKind.values()).map(NoticeKind::key).sorted().collect(Collectors.joining(", "));

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDispatcher dispatcher;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final PeopleService people;
    private final ObjectMapper json;
    private final NotificationConfig.Webhooks config;

    WebhookService(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WebhookDispatcher dispatcher,
            WebhookSender sender,
            SecretCipher cipher,
            PeopleService people,
            ObjectMapper json,
            NotificationConfig config) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.cipher = cipher;
        this.people = people;
        this.json = json;
        this.config = config.webhooks();
    }

    /** What a new webhook is made of; {@code secret} may be null (one is made). */
    public record NewWebhook(String url, List<String> events, String secret) {}

    public Uni<Created> create(Caller caller, NewWebhook request) {
        if (request == null) {
            throw new InvalidInputException("url", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            sender.urls().parse(request.url());
        } catch (WebhookUrls.Refused refused) {
            errors.add(new FieldError("url", refused.getMessage()));
        }
        List<String> events = events(request.events(), errors);
        String secret = request.secret() == null || request.secret().isEmpty()
                ? WebhookSignature.newSecret()
                : checkedSecret(request.secret(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1 ? errors.get(0).message() : "Some fields are invalid.", errors);
        }
        String url = request.url().strip();
        return people.learn(caller)
                .flatMap(ignored -> OnContext.blocking(() -> {
                    try {
                        return sender.urls().check(url);
                    } catch (WebhookUrls.Refused refused) {
                        throw InvalidInputException.of(
                                "The URL " + refused.getMessage() + ".", "url", refused.getMessage());
                    }
                }))
                .flatMap(checked -> Panache.withTransaction(() -> lockOwner(caller.subject())
                        .flatMap(locked -> webhooks.countOwned(caller.subject()))
                        .flatMap(count -> {
                            if (count >= config.maxPerOwner()) {
                                throw new ConflictException(
                                        "webhook-limit-reached",
                                        "A business can have at most " + config.maxPerOwner()
                                                + " webhooks; delete one first.",
                                        Map.of("limit", config.maxPerOwner()));
                            }
                            Webhook webhook = new Webhook();
                            webhook.id = UUID.randomUUID();
                            webhook.ownerId = caller.subject();
                            webhook.url = url;
                            webhook.events = events;
                            webhook.secretCipher = cipher.encrypt(secret, caller.subject(), webhook.id);
                            webhook.createdAt = now();
                            return webhooks.persist(webhook);
                        })))
                .map(saved -> new Created(saved.id, saved.url, saved.events, saved.createdAt.toInstant(), secret));
    }

    public Uni<WebhookList> list(Caller caller) {
        return people.learn(caller)
                .flatMap(ignored -> Panache.withSession(() -> webhooks.owned(caller.subject())))
                .map(all ->
                        new WebhookList(all.stream().map(WebhookService::view).toList()));
    }

    public Uni<WebhookView> get(Caller caller, UUID id) {
        return Panache.withSession(() -> owned(caller, id)).map(WebhookService::view);
    }

    /** Deletes the webhook, its deliveries still waiting and its log. */
    public Uni<Void> delete(Caller caller, UUID id) {
        return Panache.withTransaction(() -> owned(caller, id).flatMap(webhooks::delete));
    }

    public Uni<DeliveryPage> deliveries(Caller caller, UUID id, int page, int size) {
        return Panache.withSession(() -> owned(caller, id)
                .flatMap(webhook -> deliveries.page(webhook.id, page, size))
                .flatMap(found -> deliveries
                        .attempts(found.stream().map(d -> d.id).toList())
                        .flatMap(attempts -> deliveries
                                .countOf(id)
                                .map(total -> new DeliveryPage(
                                        found.stream()
                                                .map(d -> view(d, attempts))
                                                .toList(),
                                        total)))));
    }

    /**
     * Sends a {@code webhook.test} event now and answers with its delivery after the first attempt; a failed test is
     * retried like any delivery.
     */
    public Uni<DeliveryView> test(Caller caller, UUID id) {
        return Panache.withTransaction(() -> owned(caller, id).flatMap(webhook -> {
                    UUID eventId = UUID.randomUUID();
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("webhookId", webhook.id);
                    data.put("message", "This is a test event from Skills Lab.");
                    WebhookDelivery delivery = newDelivery(
                            webhook.id, eventId, TEST_EVENT, null, body(eventId, TEST_EVENT, Instant.now(), data));
                    // Attempted below; the timer picks it up only if this instance stops before it could.
                    delivery.nextAttemptAt = delivery.createdAt.plus(config.lease());
                    return deliveries.persist(delivery);
                }))
                .flatMap(saved -> dispatcher.attemptNow(saved.id).replaceWith(saved.id))
                .flatMap(deliveryId -> Panache.withSession(() -> deliveries
                        .findById(deliveryId)
                        .flatMap(delivery ->
                                deliveries.attempts(List.of(delivery.id)).map(attempts -> view(delivery, attempts)))));
    }

    /**
     * Queues an event for the owner's webhooks subscribed to it, once per webhook and event, in the caller's
     * transaction; returns how many were queued (the caller kicks the dispatcher once committed).
     */
    public Uni<Integer> enqueue(
            String ownerId,
            NoticeKind kind,
            UUID eventId,
            Instant occurredAt,
            String subjectUserId,
            Map<String, Object> data) {
        String body = body(eventId, kind.key(), occurredAt, data);
        return webhooks.subscribed(ownerId, kind.key()).flatMap(subscribed -> {
            Uni<Integer> queued = Uni.createFrom().item(0);
            for (Webhook webhook : subscribed) {
                queued = queued.flatMap(count -> deliveries
                        .findByEvent(webhook.id, eventId)
                        .flatMap(existing -> existing != null
                                ? Uni.createFrom().item(count)
                                : deliveries
                                        .persist(newDelivery(webhook.id, eventId, kind.key(), subjectUserId, body))
                                        .replaceWith(count + 1)));
            }
            return queued;
        });
    }

    /** The JSON a receiver gets: {@code id} (the event's, the same on every attempt), {@code type}, {@code createdAt}, {@code data}. */
    String body(UUID eventId, String type, Instant occurredAt, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("createdAt", occurredAt == null ? Instant.now() : occurredAt);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body could not be written", e);
        }
    }

    private static WebhookDelivery newDelivery(
            UUID webhookId, UUID eventId, String type, String subjectUserId, String body) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.webhookId = webhookId;
        delivery.eventId = eventId;
        delivery.eventType = type;
        delivery.subjectUserId = subjectUserId;
        delivery.body = body;
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.createdAt = now();
        delivery.nextAttemptAt = delivery.createdAt;
        return delivery;
    }

    private Uni<Webhook> owned(Caller caller, UUID id) {
        return webhooks.findOwned(id, caller.subject()).map(webhook -> {
            if (webhook == null) {
                throw new NotFoundException("No such webhook.");
            }
            return webhook;
        });
    }

    /** Serialises the creations of one owner, so that two at once cannot pass the limit together. */
    private static Uni<Void> lockOwner(String ownerId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                        .setParameter(1, "webhooks:" + ownerId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    private static List<String> events(List<String> requested, List<FieldError> errors) {
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("events", "must name at least one of " + EVENTS));
            return List.of();
        }
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String event = requested.get(i);
            if (event == null || NoticeKind.of(event).isEmpty()) {
                errors.add(new FieldError("events[" + i + "]", "is not one of " + EVENTS));
            } else {
                events.add(event);
            }
        }
        return List.copyOf(events);
    }

    private static String checkedSecret(String secret, List<FieldError> errors) {
        boolean visibleAscii = secret.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || !visibleAscii) {
            errors.add(new FieldError(
                    "secret",
                    "must be " + MIN_SECRET + " to " + MAX_SECRET
                            + " visible ASCII characters without spaces (or left out to have one made)"));
        }
        return secret;
    }

    private static WebhookView view(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, webhook.createdAt.toInstant());
    }

    private static DeliveryView view(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
        return new DeliveryView(
                delivery.id,
                delivery.eventId,
                delivery.eventType,
                delivery.status.value(),
                delivery.attempts,
                delivery.lastStatusCode,
                delivery.createdAt.toInstant(),
                delivery.status == WebhookDelivery.Status.PENDING && delivery.nextAttemptAt != null
                        ? delivery.nextAttemptAt.toInstant()
                        : null,
                delivery.completedAt == null ? null : delivery.completedAt.toInstant(),
                attempts.stream()
                        .filter(a -> a.deliveryId.equals(delivery.id))
                        .map(a -> new AttemptView(
                                a.attempt,
                                a.attemptedAt.toInstant(),
                                a.statusCode,
                                a.succeeded,
                                a.error,
                                a.responseExcerpt,
                                a.durationMs))
                        .toList());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

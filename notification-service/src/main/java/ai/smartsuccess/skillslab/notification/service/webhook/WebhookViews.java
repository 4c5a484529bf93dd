package ai.smartsuccess.skillslab.notification.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook API answers. A secret appears once, in {@link Created}, and never again. */
public final class WebhookViews {

    public record WebhookView(UUID id, String url, List<String> events, Instant createdAt) {}

    /** A webhook just made, with its signing secret: the only time it is shown. */
    public record Created(UUID id, String url, List<String> events, Instant createdAt, String secret) {}

    public record WebhookList(List<WebhookView> webhooks) {}

    /**
     * @param statusCode the receiver's HTTP status, null when no answer came
     * @param responseExcerpt the start of the receiver's answer (a few hundred characters at most)
     */
    public record AttemptView(
            int attempt,
            Instant attemptedAt,
            Integer statusCode,
            boolean succeeded,
            String error,
            String responseExcerpt,
            int durationMs) {}

    /**
     * @param status {@code pending} (a next attempt at {@code nextAttemptAt}), {@code delivered} or {@code failed}
     */
    public record DeliveryView(
            UUID id,
            UUID eventId,
            String event,
            String status,
            int attempts,
            Integer lastStatusCode,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant completedAt,
            List<AttemptView> attemptLog) {}

    public record DeliveryPage(List<DeliveryView> deliveries, long total) {}

    private WebhookViews() {}
}

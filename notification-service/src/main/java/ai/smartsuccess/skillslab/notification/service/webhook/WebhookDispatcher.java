package ai.smartsuccess.skillslab.notification.service.webhook;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.model.WebhookDelivery;
import ai.smartsuccess.skillslab.notification.repository.WebhookDispatchRepository;
import ai.smartsuccess.skillslab.notification.repository.WebhookDispatchRepository.Outcome;
import ai.smartsuccess.skillslab.notification.repository.WebhookDispatchRepository.Taken;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries: on a timer, and at once when new ones were recorded. A failed attempt is retried after
 * a wait that doubles each time (30 s, 1 min, 2 min... up to an hour by default); after the last allowed attempt the
 * delivery is {@code failed}. Every attempt is recorded with its HTTP status. State lives in the database only, so any
 * instance picks up where another stopped.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Attempts of one round running at once. */
    private static final int CONCURRENCY = 8;

    private final WebhookDispatchRepository repository;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final NotificationConfig.Webhooks config;
    private final DrainLoop loop;

    WebhookDispatcher(
            WebhookDispatchRepository repository,
            WebhookSender sender,
            SecretCipher cipher,
            NotificationConfig config) {
        this.repository = repository;
        this.sender = sender;
        this.cipher = cipher;
        this.config = config.webhooks();
        this.loop = new DrainLoop(
                () -> repository
                        .takeDue(this.config.batch(), this.config.lease())
                        .flatMap(this::attemptAll),
                this.config.batch(),
                "webhook dispatch",
                LOG);
    }

    @Scheduled(
            every = "${skillslab.webhooks.poll-interval:5s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return drain();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return DrainLoop.sweep(
                repository.purgeFinishedBefore(config.logRetention()), "finished webhook deliveries", LOG);
    }

    /** Sends what is due soon; never blocks nor fails the caller. */
    public void kick() {
        loop.kick();
    }

    /** Sends due deliveries until none is left; a call while a round runs asks for one more round. */
    public Uni<Void> drain() {
        return loop.drain();
    }

    /** Attempts one pending delivery now (a test event the owner waits for). */
    public Uni<Void> attemptNow(UUID deliveryId) {
        return repository
                .take(deliveryId, config.lease())
                .flatMap(this::attemptAll)
                .replaceWithVoid();
    }

    private Uni<Integer> attemptAll(List<Taken> taken) {
        if (taken.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Multi.createFrom()
                .iterable(taken)
                .onItem()
                .transformToUni(this::attempt)
                .merge(CONCURRENCY)
                .collect()
                .asList()
                .replaceWith(taken.size());
    }

    private Uni<Void> attempt(Taken delivery) {
        int attempt = delivery.attempts() + 1;
        String secret;
        try {
            secret = cipher.decrypt(delivery.secretCipher(), delivery.ownerId(), delivery.webhookId());
        } catch (IllegalStateException e) {
            LOG.errorf(
                    "webhook %s: its secret cannot be decrypted (was the encryption key changed?)",
                    delivery.webhookId());
            return record(
                    delivery,
                    attempt,
                    new WebhookSender.Result(null, false, "the signing secret is unreadable", null, 0));
        }
        if (delivery.body() == null) {
            return record(delivery, attempt, new WebhookSender.Result(null, false, "nothing left to send", null, 0));
        }
        return sender.post(delivery.url(), delivery.eventType(), delivery.id(), secret, delivery.body())
                .flatMap(result -> record(delivery, attempt, result));
    }

    private Uni<Void> record(Taken delivery, int attempt, WebhookSender.Result result) {
        WebhookDelivery.Status next = delivery.body() == null
                ? WebhookDelivery.Status.FAILED
                : WebhookDelivery.Status.PENDING.afterAttempt(result.succeeded(), attempt, config.maxAttempts());
        Duration retryIn = next == WebhookDelivery.Status.PENDING ? backoff(attempt) : null;
        if (!result.succeeded()) {
            LOG.infof(
                    "webhook %s delivery %s attempt %d failed (%s)%s",
                    delivery.webhookId(),
                    delivery.id(),
                    attempt,
                    result.error(),
                    retryIn == null ? ", given up" : ", next in " + retryIn.toSeconds() + " s");
        }
        return repository
                .record(
                        delivery.id(),
                        new Outcome(
                                attempt,
                                next.value(),
                                result.statusCode(),
                                result.succeeded(),
                                result.error(),
                                result.excerpt(),
                                result.durationMs(),
                                retryIn))
                .onFailure()
                .invoke(e -> LOG.warnf("webhook delivery %s attempt not recorded: %s", delivery.id(), e.toString()))
                .onFailure()
                .recoverWithNull();
    }

    /** The wait after the {@code attempt}-th failed attempt: the base, doubled for each further one, capped. */
    Duration backoff(int attempt) {
        return backoff(config.backoff(), config.maxBackoff(), attempt);
    }

    static Duration backoff(Duration base, Duration max, int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

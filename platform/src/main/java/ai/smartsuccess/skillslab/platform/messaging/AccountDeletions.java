package ai.smartsuccess.skillslab.platform.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How a service applies the gateway's {@code account-lifecycle} events: an {@link AccountDeleted} hands the person's
 * user id to the service's own erasure (which must be idempotent: the event may come again); another account event
 * arrives as null (the channel's {@link EventDeserializer} reads only AccountDeleted) and is acknowledged. An event
 * that can never be applied (a newer schema version, no user id) goes to the channel's dead-letter queue at once, one
 * whose erasure keeps failing after {@value #ATTEMPTS} attempts too. A service's consumer is one call:
 *
 * <pre>
 * &#64;Incoming("account-lifecycle")
 * public Uni&lt;Void&gt; consume(Message&lt;AccountLifecycleEvent&gt; message) {
 *     return AccountDeletions.apply(message, erasure::erase, "the scoring runs");
 * }
 * </pre>
 */
public final class AccountDeletions {

    private static final Logger LOG = Logger.getLogger(AccountDeletions.class);

    /** Attempts of an erasure before its event goes to the dead-letter queue. */
    public static final int ATTEMPTS = 3;

    private static final Duration BACK_OFF = Duration.ofMillis(500);

    private AccountDeletions() {}

    /**
     * @param erase erases (or marks for erasure) what this service keeps about the user id; idempotent
     * @param what what {@code erase} erases, as the log names it when it keeps failing
     */
    public static Uni<Void> apply(
            Message<? extends AccountLifecycleEvent> message, Function<String, Uni<?>> erase, String what) {
        if (!(message.getPayload() instanceof AccountDeleted deleted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return withRetries(
                message,
                () -> userId(deleted).flatMap(erase),
                () -> "erasing " + what + " of deleted account " + deleted.userId() + " failed");
    }

    /**
     * Runs {@code work} for {@code message} on the message's Vert.x context (where a database session must run),
     * retrying a failure after a back-off, and acknowledges the message once it succeeded. An
     * {@link IllegalArgumentException} (the message can never be applied) is not retried; the last failure is logged
     * and nacks the message, which the channel's dead-letter-queue strategy sends to {@code <topic>.dlq}.
     */
    public static Uni<Void> withRetries(Message<?> message, Supplier<Uni<?>> work, Supplier<String> failed) {
        Executor here = OnContext.current();
        return Uni.createFrom()
                .deferred(work)
                .runSubscriptionOn(here)
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry()
                .withBackOff(BACK_OFF)
                .atMost(ATTEMPTS - 1)
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.errorf("%s: %s", failed.get(), failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /** The user id of an event this service can apply; fails with IllegalArgumentException for any other. */
    static Uni<String> userId(AccountDeleted event) {
        if (event.schemaVersion() > AccountDeleted.SCHEMA_VERSION) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException(
                            "AccountDeleted schema version " + event.schemaVersion() + " is not supported"));
        }
        if (event.userId() == null || event.userId().isBlank()) {
            return Uni.createFrom().failure(new IllegalArgumentException("AccountDeleted without a user id"));
        }
        return Uni.createFrom().item(event.userId());
    }
}

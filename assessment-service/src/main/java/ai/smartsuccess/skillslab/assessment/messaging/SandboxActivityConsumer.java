package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.config.SandboxActivityConfig;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivityEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Terminal commands, test runs and dropped-activity counts the sandbox recorded, into the session's tracking record.
 * Idempotent by event id (a redelivery changes nothing); another event type arrives as null and is acknowledged. A
 * record that cannot be read never gets here (the connector dead-letters it), and one whose recording keeps failing
 * goes to {@code sandbox-activity.dlq}. Activity of an unknown session, or one that arrives after its record
 * was sealed, is logged and skipped.
 */
@ApplicationScoped
public class SandboxActivityConsumer {

    private static final Logger LOG = Logger.getLogger(SandboxActivityConsumer.class);

    private final TrackingService tracking;
    private final int attempts;

    SandboxActivityConsumer(TrackingService tracking, SandboxActivityConfig config) {
        this.tracking = tracking;
        this.attempts = Math.max(1, config.attempts());
    }

    @Incoming("sandbox-activity")
    public Uni<Void> consume(Message<SandboxActivityEvent> message) {
        SandboxActivityEvent event = message.getPayload();
        if (!(event instanceof SandboxActivity activity)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        // Retries come back on this message's Vert.x context, where the database session must run.
        Executor here = OnContext.current();
        return Uni.createFrom()
                .deferred(() -> tracking.recordSandboxActivity(activity))
                .runSubscriptionOn(here)
                .onFailure(IllegalArgumentException.class)
                .transform(e -> new PoisonEvent(e.getMessage()))
                .onFailure(SandboxActivityConsumer::worthRetrying)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(attempts - 1)
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    if (failure instanceof NotFoundException) {
                        LOG.debugf("sandbox activity of unknown assessment %s skipped", activity.assessmentId());
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    if (failure instanceof ConflictException) {
                        LOG.warnf(
                                "sandbox activity %d of assessment %s arrived after its record was sealed: %s",
                                activity.sequence(), activity.assessmentId(), failure.getMessage());
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.errorf(
                            "sandbox activity %s of assessment %s could not be recorded: %s",
                            activity.eventId(), activity.assessmentId(), failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /** Worth another try: not a poison event, and not a session that does not (or no longer) take it. */
    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof PoisonEvent
                || failure instanceof NotFoundException
                || failure instanceof ConflictException);
    }

    /** An event that can never be recorded (no session, an unknown kind, data of the wrong shape): to the DLQ. */
    static final class PoisonEvent extends RuntimeException {
        PoisonEvent(String message) {
            super(message);
        }
    }
}

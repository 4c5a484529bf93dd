package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.notification.service.NotificationService;
import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin Kafka adapters: hand each relevant event to the service. The platform's {@link EventDeserializer}, declared per
 * channel by its {@code handled-events} property, passes only events this service handles; another type on the topic arrives as null and is acknowledged without effect, and
 * a record they cannot read never gets here (it goes to the topic's dead-letter queue). A failure while handling is
 * retried with backoff; one that persists goes to the dead-letter queue too.
 */
@ApplicationScoped
public class EventConsumers {

    private final NotificationService notifications;

    EventConsumers(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> onLifecycle(AssessmentLifecycleEvent event) {
        if (event instanceof AssessmentSubmitted submitted) {
            return retried(notifications.onSubmitted(submitted));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("score-results")
    public Uni<Void> onScoreResult(ScoreResultEvent event) {
        if (event instanceof ScoreComputed computed) {
            return retried(notifications.onScoreComputed(computed));
        }
        if (event instanceof ScoringFailed failed) {
            return retried(notifications.onScoringFailed(failed));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("invitations")
    public Uni<Void> onInvitation(InvitationEvent event) {
        if (event instanceof InvitationCreated created) {
            return retried(notifications.onInvitationCreated(created));
        }
        if (event instanceof InvitationResent resent) {
            return retried(notifications.onInvitationResent(resent));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("account-lifecycle")
    public Uni<Void> onAccount(AccountLifecycleEvent event) {
        if (event instanceof AccountDeleted deleted) {
            return retried(notifications.onAccountDeleted(deleted));
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> retried(Uni<Void> work) {
        return work.onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5))
                .atMost(4);
    }
}

package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.notification.service.AccountErasure;
import ai.smartsuccess.skillslab.notification.service.BusinessNotices;
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
    private final BusinessNotices business;
    private final AccountErasure erasure;

    EventConsumers(NotificationService notifications, BusinessNotices business, AccountErasure erasure) {
        this.notifications = notifications;
        this.business = business;
        this.erasure = erasure;
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> onLifecycle(AssessmentLifecycleEvent event) {
        if (event instanceof AssessmentSubmitted submitted) {
            // The contact is recorded first: the business's notice of a score that came earlier needs it.
            return retried(notifications.onSubmitted(submitted).flatMap(done -> business.onSubmitted(submitted)));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("score-results")
    public Uni<Void> onScoreResult(ScoreResultEvent event) {
        if (event instanceof ScoreComputed computed) {
            // The business is told even when the candidate's email fails (then the event is retried; neither repeats
            // what it recorded). One after the other: they share the context's database session.
            return retried(notifications
                    .onScoreComputed(computed)
                    .onItemOrFailure()
                    .transformToUni((done, failure) -> business.onScoreComputed(computed)
                            .flatMap(told -> failure == null
                                    ? Uni.createFrom().voidItem()
                                    : Uni.createFrom().failure(failure))));
        }
        if (event instanceof ScoringFailed failed) {
            return retried(notifications.onScoringFailed(failed));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("invitations")
    public Uni<Void> onInvitation(InvitationEvent event) {
        if (event instanceof InvitationCreated created) {
            return retried(business.onInvitationCreated(created)
                    .flatMap(remembered -> notifications.onInvitationCreated(created)));
        }
        if (event instanceof InvitationAccepted accepted) {
            return retried(business.onInvitationAccepted(accepted));
        }
        if (event instanceof InvitationResent resent) {
            return retried(notifications.onInvitationResent(resent));
        }
        if (event instanceof InvitationExpiringSoon expiring) {
            return retried(notifications.onInvitationExpiringSoon(expiring));
        }
        return Uni.createFrom().voidItem();
    }

    @Incoming("account-lifecycle")
    public Uni<Void> onAccount(AccountLifecycleEvent event) {
        if (event instanceof AccountDeleted deleted) {
            return retried(notifications.onAccountDeleted(deleted).flatMap(done -> erasure.forget(deleted.userId())));
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

package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.scoring.service.ScoringService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Scores each AssessmentSubmitted; other lifecycle events are acknowledged and ignored. A message that cannot be
 * scored goes to the dead-letter topic after the service has published a ScoringFailed for it.
 */
@ApplicationScoped
public class AssessmentLifecycleConsumer {

    private final ScoringService scoring;

    AssessmentLifecycleConsumer(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> consume(Message<AssessmentLifecycleEvent> message) {
        AssessmentLifecycleEvent event = message.getPayload();
        if (event == null) {
            return unreadable(message);
        }
        if (!(event instanceof AssessmentSubmitted submitted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return scoring.onSubmitted(submitted)
                .onItemOrFailure()
                .transformToUni((ignored, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    /**
     * Normally the connector dead-letters records it cannot deserialize before they get here (and
     * {@link DeadLetterWatcher} fails their assessments); an empty payload that does arrive goes the same way.
     */
    private Uni<Void> unreadable(Message<AssessmentLifecycleEvent> message) {
        return Uni.createFrom()
                .completionStage(message.nack(new IllegalArgumentException("unreadable lifecycle record")));
    }
}

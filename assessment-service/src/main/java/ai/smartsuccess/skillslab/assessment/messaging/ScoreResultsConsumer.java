package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.service.ScoreService;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** ScoreComputed / ScoringFailed from scoring-service; a message that cannot be applied goes to the DLQ. */
@ApplicationScoped
public class ScoreResultsConsumer {

    private final ScoreService scores;

    ScoreResultsConsumer(ScoreService scores) {
        this.scores = scores;
    }

    @Incoming("score-results-in")
    public Uni<Void> consume(ScoreResultEvent event) {
        if (event == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable score-results message"));
        }
        return scores.apply(event);
    }
}

package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.service.ScoreService;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * ScoreComputed / ScoringFailed from scoring-service, applied once per event id. Another event type arrives as null and
 * is skipped; a record that cannot be read never gets here (the connector dead-letters it), and one that cannot be
 * applied goes to {@code score-results.dlq}.
 */
@ApplicationScoped
public class ScoreResultsConsumer {

    private final ScoreService scores;

    ScoreResultsConsumer(ScoreService scores) {
        this.scores = scores;
    }

    @Incoming("score-results")
    public Uni<Void> consume(ScoreResultEvent event) {
        if (event == null) {
            return Uni.createFrom().voidItem();
        }
        return scores.apply(event);
    }
}

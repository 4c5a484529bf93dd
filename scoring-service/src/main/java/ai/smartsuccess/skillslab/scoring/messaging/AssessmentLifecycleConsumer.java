package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.scoring.config.ScoringConfig;
import ai.smartsuccess.skillslab.scoring.service.ScoringService;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Scores each AssessmentSubmitted; other lifecycle events arrive as null and are acknowledged. A record that cannot be
 * read never gets here (the connector dead-letters it and {@link DeadLetterWatcher} fails its assessment); a message
 * that cannot be scored goes to the dead-letter topic after the service has published a ScoringFailed for it.
 *
 * <p>Up to {@code skillslab.scoring.max-concurrent-scorings} submissions are scored at once, each assessment's in the
 * order they arrived. A message is acknowledged when its scoring ends; the connector's throttled commit strategy only
 * commits an offset once every record before it is acknowledged, so nothing is lost when scorings end out of order.
 */
@ApplicationScoped
public class AssessmentLifecycleConsumer {

    private final ScoringService scoring;
    private final KeyedJobs jobs;
    private final ScoringConfig config;

    AssessmentLifecycleConsumer(ScoringService scoring, ScoringConfig config) {
        this.scoring = scoring;
        this.config = config;
        this.jobs = new KeyedJobs(config.maxConcurrentScorings());
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> consume(Message<AssessmentLifecycleEvent> message) {
        AssessmentLifecycleEvent event = message.getPayload();
        if (!(event instanceof AssessmentSubmitted submitted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return jobs.submit(
                String.valueOf(submitted.assessmentId()),
                onThisContext(),
                () -> scoring.onSubmitted(submitted)
                        .onItemOrFailure()
                        .transformToUni((ignored, failure) -> failure == null
                                ? Uni.createFrom().completionStage(message.ack())
                                : Uni.createFrom().completionStage(message.nack(failure))));
    }

    /** Scorings in progress finish (within the shutdown timeout) before the connectors and the database close. */
    void drain(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        jobs.close(config.shutdownDrainTimeout());
    }

    /**
     * The message's own Vert.x context: a scoring that waited for a slot still runs where the connector delivered
     * its message, as reactive database sessions require.
     */
    private static Executor onThisContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }
}

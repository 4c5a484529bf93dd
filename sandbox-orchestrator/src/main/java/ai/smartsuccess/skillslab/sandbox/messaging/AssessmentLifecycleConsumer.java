package ai.smartsuccess.skillslab.sandbox.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.sandbox.service.SandboxLifecycleService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The reaper of last resort: when an assessment ends, its sandbox must not outlive it. Idempotent by session state: a
 * redelivered event finds the session already terminated and changes nothing. Other lifecycle events arrive as null and
 * are skipped; a record that cannot be read never gets here (the connector dead-letters it).
 */
@ApplicationScoped
public class AssessmentLifecycleConsumer {

    private final SandboxLifecycleService lifecycle;

    AssessmentLifecycleConsumer(SandboxLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Incoming("assessment-lifecycle")
    public Uni<Void> consume(AssessmentLifecycleEvent event) {
        if (event instanceof AssessmentSubmitted submitted) {
            // Submission finalizes the sandbox first; one still alive here was left behind.
            return lifecycle.reapNow(submitted.assessmentId());
        }
        if (event instanceof AssessmentExpired expired) {
            // The expiry is followed by a finalize from assessment-service: leave it time to come.
            return lifecycle.reapLater(expired.assessmentId());
        }
        return Uni.createFrom().voidItem();
    }
}

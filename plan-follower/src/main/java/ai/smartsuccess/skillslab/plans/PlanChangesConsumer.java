package ai.smartsuccess.skillslab.plans;

import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code plan-changes}: the gateway's PlanChanged events set the plan whose limits this service enforces. A record
 * that cannot be read never gets here (the connector dead-letters it), and one whose handling still fails after a few
 * attempts goes to {@code plan-changes.dlq}; an event with a plan this service does not know fails at once.
 */
@ApplicationScoped
public class PlanChangesConsumer {

    static final int ATTEMPTS = 3;

    private final OwnerPlans plans;

    PlanChangesConsumer(OwnerPlans plans) {
        this.plans = plans;
    }

    @Incoming("plan-changes")
    public Uni<Void> consume(PlanChanged event) {
        if (event == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .deferred(() -> plans.record(event))
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry()
                .atMost(ATTEMPTS - 1)
                .replaceWithVoid();
    }
}

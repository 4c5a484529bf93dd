package ai.smartsuccess.skillslab.task.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.task.service.AssessmentCounts;
import ai.smartsuccess.skillslab.task.service.TaskAccessGrants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the {@code invitations} topic: an accepted invitation lets its candidate see the private task, and the
 * assessment it created counts for the task. Other invitation events are not this service's concern (the deserializer
 * hands them over as null). A record that cannot be read never gets here, and one whose handling still fails after a
 * few attempts goes to {@code invitations.dlq}.
 */
@ApplicationScoped
public class InvitationConsumer {

    static final int ATTEMPTS = 3;

    private final TaskAccessGrants grants;
    private final AssessmentCounts assessments;

    InvitationConsumer(TaskAccessGrants grants, AssessmentCounts assessments) {
        this.grants = grants;
        this.assessments = assessments;
    }

    @Incoming("invitations")
    public Uni<Void> consume(InvitationEvent event) {
        if (!(event instanceof InvitationAccepted accepted)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .deferred(() -> grants.record(accepted).chain(() -> counted(accepted)))
                .onFailure()
                .retry()
                .atMost(ATTEMPTS - 1)
                .replaceWithVoid();
    }

    private Uni<Boolean> counted(InvitationAccepted accepted) {
        return accepted.assessmentId() == null
                ? Uni.createFrom().item(false)
                : assessments.record(accepted.assessmentId(), accepted.taskId(), accepted.eventId());
    }
}

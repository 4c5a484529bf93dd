package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.task.model.TaskAccessGrant;
import ai.smartsuccess.skillslab.task.repository.TaskAccessGrantRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Records that a candidate accepted an invitation to a task, so that they may see it while it is private. Idempotent by
 * invitation: a redelivered event changes nothing.
 */
@ApplicationScoped
public class TaskAccessGrants {

    private static final Logger LOG = Logger.getLogger(TaskAccessGrants.class);

    public enum Outcome {
        GRANTED,
        ALREADY_GRANTED,
        /** The task is gone, or the sender is not its creator: no access follows from this invitation. */
        IGNORED
    }

    private final TaskRepository tasks;
    private final TaskAccessGrantRepository grants;

    TaskAccessGrants(TaskRepository tasks, TaskAccessGrantRepository grants) {
        this.tasks = tasks;
        this.grants = grants;
    }

    @WithTransaction
    public Uni<Outcome> record(InvitationAccepted event) {
        if (event.eventId() == null
                || event.invitationId() == null
                || event.taskId() == null
                || event.recipientUserId() == null
                || event.senderId() == null) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("InvitationAccepted " + event.eventId() + " lacks ids"));
        }
        return tasks.findById(event.taskId()).flatMap(task -> {
            if (task == null) {
                LOG.infof("invitation %s is for task %s, which no longer exists", event.invitationId(), event.taskId());
                return Uni.createFrom().item(Outcome.IGNORED);
            }
            if (!event.senderId().equals(task.creatorId)) {
                LOG.warnf(
                        "invitation %s to task %s was not sent by the task's creator: no access granted",
                        event.invitationId(), event.taskId());
                return Uni.createFrom().item(Outcome.IGNORED);
            }
            TaskAccessGrant grant = new TaskAccessGrant();
            grant.invitationId = event.invitationId();
            grant.taskId = event.taskId();
            grant.recipientUserId = event.recipientUserId();
            grant.senderId = event.senderId();
            grant.assessmentId = event.assessmentId();
            grant.eventId = event.eventId();
            grant.acceptedAt = event.occurredAt() == null
                    ? TaskService.now()
                    : event.occurredAt().atOffset(ZoneOffset.UTC);
            grant.recordedAt = TaskService.now();
            return grants.insertIfAbsent(grant).map(added -> added ? Outcome.GRANTED : Outcome.ALREADY_GRANTED);
        });
    }
}

package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.TaskAccessGrant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TaskAccessGrantRepository implements PanacheRepositoryBase<TaskAccessGrant, UUID> {

    /** Inserts the grant unless one exists for its invitation; answers whether a row was added. */
    public Uni<Boolean> insertIfAbsent(TaskAccessGrant grant) {
        return getSession()
                .flatMap(session -> session.createMutationQuery("""
                                insert into TaskAccessGrant (invitationId, taskId, recipientUserId, senderId,
                                                             assessmentId, eventId, acceptedAt, recordedAt)
                                values (:invitationId, :taskId, :recipientUserId, :senderId,
                                        :assessmentId, :eventId, :acceptedAt, :recordedAt)
                                on conflict (invitationId) do nothing""")
                        .setParameter("invitationId", grant.invitationId)
                        .setParameter("taskId", grant.taskId)
                        .setParameter("recipientUserId", grant.recipientUserId)
                        .setParameter("senderId", grant.senderId)
                        .setParameter("assessmentId", grant.assessmentId)
                        .setParameter("eventId", grant.eventId)
                        .setParameter("acceptedAt", grant.acceptedAt)
                        .setParameter("recordedAt", grant.recordedAt)
                        .executeUpdate())
                .map(rows -> rows > 0);
    }

    public Uni<Boolean> exists(UUID taskId, String recipientUserId) {
        return count("taskId = ?1 and recipientUserId = ?2", taskId, recipientUserId)
                .map(count -> count > 0);
    }
}

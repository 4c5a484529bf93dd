package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChatMessageRepository implements PanacheRepositoryBase<ChatMessage, UUID> {

    public Uni<List<ChatMessage>> history(UUID assessmentId) {
        return list("assessmentId", Sort.by("createdAt").and("id"), assessmentId);
    }

    /** The chat of several assessments, each in order. */
    public Uni<List<ChatMessage>> histories(java.util.Collection<UUID> assessmentIds) {
        return assessmentIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("assessmentId in ?1", Sort.by("createdAt").and("id"), assessmentIds);
    }

    /** Replaces the text of an assessment's chat (an answer that was on its way when the account was deleted). */
    public Uni<Integer> redactForAssessment(UUID assessmentId, String replacement) {
        return update("content = ?1 where assessmentId = ?2 and content <> ?1", replacement, assessmentId);
    }

    /** Replaces the text of every chat message in a person's assessments (their prompts and the answers to them). */
    public Uni<Integer> redactForUser(String userId, String replacement) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "update assessment.chat_messages set content = :text where content <> :text"
                                        + " and assessment_id in (select id from assessment.assessments"
                                        + " where user_id = :user)")
                        .setParameter("text", replacement)
                        .setParameter("user", userId)
                        .executeUpdate());
    }
}

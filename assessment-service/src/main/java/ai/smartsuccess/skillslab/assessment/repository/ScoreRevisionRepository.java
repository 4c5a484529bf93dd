package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.ScoreRevision;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScoreRevisionRepository implements PanacheRepositoryBase<ScoreRevision, UUID> {

    /** The replaced reports of an assessment, the most recently replaced first. */
    public Uni<List<ScoreRevision>> ofAssessment(UUID assessmentId) {
        return list("assessmentId = ?1 order by replacedAt desc, id", assessmentId);
    }

    public Uni<List<ScoreRevision>> forAssessments(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("assessmentId in ?1", ids);
    }
}

package ai.smartsuccess.skillslab.scoring.repository;

import ai.smartsuccess.skillslab.scoring.model.ScoringRun;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScoringRunRepository implements PanacheRepositoryBase<ScoringRun, UUID> {

    /** The run started by the submitted event for this assessment and version, if any. */
    public Uni<ScoringRun> findEventRun(UUID assessmentId, String version) {
        return find(
                        "assessmentId = ?1 and scoringVersion = ?2 and origin = ?3",
                        assessmentId,
                        version,
                        ScoringRun.ORIGIN_EVENT)
                .firstResult();
    }

    /** The newest run of the assessment: its stored input is what a re-score starts from. */
    public Uni<ScoringRun> findLatest(UUID assessmentId) {
        return find("assessmentId = ?1 order by createdAt desc, id", assessmentId)
                .firstResult();
    }

    public Uni<List<ScoringRun>> listFor(UUID assessmentId) {
        return find("assessmentId = ?1 order by createdAt desc, id", assessmentId)
                .list();
    }
}

package ai.smartsuccess.skillslab.scoring.repository;

import ai.smartsuccess.skillslab.scoring.model.ScoringRun;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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

    /**
     * The assessments whose latest stored submission is of the task (every assessment with a stored submission when
     * {@code taskId} is null): the ones a re-score of that task scores again. The most recently scored first, so a
     * long job brings the newest reports to the current version soonest.
     */
    public Uni<List<UUID>> assessmentsOfTask(UUID taskId) {
        String latest = "SELECT DISTINCT ON (assessment_id) assessment_id, created_at,"
                + " input_event -> 'task' ->> 'id' AS task_id"
                + " FROM {h-schema}scoring_runs ORDER BY assessment_id, created_at DESC, id";
        String sql = "SELECT assessment_id FROM (" + latest + ") latest"
                + (taskId == null ? "" : " WHERE task_id = :taskId") + " ORDER BY created_at DESC, assessment_id";
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql, UUID.class);
            if (taskId != null) {
                query.setParameter("taskId", taskId.toString());
            }
            return query.getResultList();
        });
    }

    /**
     * Deletes up to {@code limit} runs created before {@code cutoff} (past the scores' retention); rows another
     * instance is deleting are skipped. Answers how many.
     */
    public Uni<Integer> deleteCreatedBefore(OffsetDateTime cutoff, int limit) {
        return getSession()
                .chain(session -> session.createNativeQuery("delete from {h-schema}scoring_runs where id in ("
                                + "select id from {h-schema}scoring_runs where created_at < :cutoff"
                                + " limit :limit for update skip locked)")
                        .setParameter("cutoff", cutoff)
                        .setParameter("limit", limit)
                        .executeUpdate());
    }

    public Uni<List<ScoringRun>> listFor(UUID assessmentId) {
        return find("assessmentId = ?1 order by createdAt desc, id", assessmentId)
                .list();
    }

    // The state changes below are single UPDATE statements: loading the run first would read back (and Hibernate
    // would deep-copy, compare and rewrite) its stored input event for nothing.

    /** Records a computed result; answers the number of runs changed (1, or 0 when the run is gone). */
    public Uni<Integer> markScored(
            UUID id,
            JsonNode result,
            BigDecimal finalScore,
            String proficiencyLevel,
            String scoringModels,
            int attempts,
            OffsetDateTime at) {
        return update(
                "status = ?1, result = ?2, finalScore = ?3, proficiencyLevel = ?4, scoringModels = ?5, attempts = ?6,"
                        + " failureReason = null, updatedAt = ?7, completedAt = ?7 where id = ?8",
                ScoringRun.STATUS_SCORED,
                result,
                finalScore,
                proficiencyLevel,
                scoringModels,
                attempts,
                at,
                id);
    }

    public Uni<Integer> markFailed(UUID id, String reason, int attempts, OffsetDateTime at) {
        return update(
                "status = ?1, failureReason = ?2, attempts = ?3, updatedAt = ?4, completedAt = ?4 where id = ?5",
                ScoringRun.STATUS_FAILED,
                reason,
                attempts,
                at,
                id);
    }

    public Uni<Integer> markPublished(UUID id, OffsetDateTime at) {
        return update("published = true, updatedAt = ?1 where id = ?2", at, id);
    }
}

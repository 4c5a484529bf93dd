package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /**
     * Serialises attempt creation for one (user, task) until the transaction ends, so that two concurrent creates cannot
     * both see room for one more attempt.
     */
    public Uni<Void> lockAttempts(String userId, UUID taskId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                        .setParameter("key", "attempts:" + userId + ":" + taskId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Attempts that count against the limit: every one except those whose scoring failed and practice attempts (no
     * invitation) that were abandoned before they started.
     */
    public Uni<Long> countCountedAttempts(String userId, UUID taskId) {
        return count(
                "userId = :user and taskId = :task and status <> :failed"
                        + " and not (status = :abandoned and invitationId is null)",
                Parameters.with("user", userId)
                        .and("task", taskId)
                        .and("failed", AssessmentStatus.FAILED)
                        .and("abandoned", AssessmentStatus.ABANDONED));
    }

    /** The caller's attempt of the task that is pending or in progress, if any (there is at most one). */
    public Uni<Assessment> unfinishedAttempt(String userId, UUID taskId) {
        return find(
                        "userId = :user and taskId = :task and status in :unfinished",
                        Sort.by("createdAt"),
                        Parameters.with("user", userId)
                                .and("task", taskId)
                                .and("unfinished", AssessmentStatus.UNFINISHED))
                .firstResult();
    }

    /** The assessment, locked until the transaction ends (abandoning it while a start is claimed). */
    public Uni<Assessment> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Integer> maxAttemptNumber(String userId, UUID taskId) {
        return find(
                        "select coalesce(max(attemptNumber), 0) from Assessment where userId = :user and taskId = :task",
                        Parameters.with("user", userId).and("task", taskId))
                .project(Integer.class)
                .firstResult();
    }

    /**
     * Which of a user's assessments a list shows: {@code taskId}, {@code statuses} and the creation bounds filter when
     * given (null, empty).
     */
    public record UserFilter(
            UUID taskId, List<String> statuses, OffsetDateTime createdFrom, OffsetDateTime createdBefore) {

        String query() {
            return "userId = :user" + (taskId != null ? " and taskId = :task" : "")
                    + (statuses.isEmpty() ? "" : " and status in :statuses")
                    + (createdFrom != null ? " and createdAt >= :from" : "")
                    + (createdBefore != null ? " and createdAt < :before" : "");
        }

        Parameters parameters(String userId) {
            Parameters parameters = Parameters.with("user", userId);
            if (taskId != null) {
                parameters.and("task", taskId);
            }
            if (!statuses.isEmpty()) {
                parameters.and(
                        "statuses", statuses.stream().map(AssessmentStatus::of).toList());
            }
            if (createdFrom != null) {
                parameters.and("from", createdFrom);
            }
            if (createdBefore != null) {
                parameters.and("before", createdBefore);
            }
            return parameters;
        }
    }

    /** A page of a user's assessments, newest first. */
    public Uni<List<Assessment>> pageForUser(String userId, UserFilter filter, int offset, int limit) {
        return find(
                        filter.query(),
                        Sort.by("createdAt", Sort.Direction.Descending).and("id"),
                        filter.parameters(userId))
                .range(offset, offset + limit - 1)
                .list();
    }

    public Uni<Long> countForUser(String userId, UserFilter filter) {
        return count(filter.query(), filter.parameters(userId));
    }

    /** A user's latest {@code limit} scored assessments, oldest first. */
    public Uni<List<Assessment>> latestScored(String userId, int limit) {
        return find(
                        "userId = :user and status = :scored and scoredAt is not null",
                        Sort.by("scoredAt", Sort.Direction.Descending).and("id"),
                        Parameters.with("user", userId).and("scored", AssessmentStatus.SCORED))
                .range(0, limit - 1)
                .list()
                .map(found -> {
                    List<Assessment> oldestFirst = new ArrayList<>(found);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }

    /** Takes the right to start a pending assessment; a claim older than {@code staleBefore} is taken over. */
    public Uni<Boolean> claimStart(UUID id, OffsetDateTime now, OffsetDateTime staleBefore) {
        return update(
                        "startClaimedAt = :now where id = :id and status = :pending"
                                + " and (startClaimedAt is null or startClaimedAt < :stale)",
                        Parameters.with("now", now)
                                .and("id", id)
                                .and("pending", AssessmentStatus.PENDING)
                                .and("stale", staleBefore))
                .map(count -> count == 1);
    }

    public Uni<Void> releaseStart(UUID id) {
        return update("startClaimedAt = null where id = ?1", id).replaceWithVoid();
    }

    /** Takes the right to submit a running assessment, for the candidate or the deadline watcher, never both. */
    public Uni<Boolean> claimSubmit(UUID id, OffsetDateTime now, String notes) {
        return update(
                        "submitClaimedAt = :now, notes = :notes"
                                + " where id = :id and status = :running and submitClaimedAt is null",
                        Parameters.with("now", now)
                                .and("notes", notes)
                                .and("id", id)
                                .and("running", AssessmentStatus.IN_PROGRESS))
                .map(count -> count == 1);
    }

    /** Running assessments past their deadline that nobody is submitting yet. */
    public Uni<List<UUID>> dueForAutoSubmit(OffsetDateTime now, int limit) {
        return find(
                        "select id from Assessment where status = :running and deadline <= :now"
                                + " and submitClaimedAt is null order by deadline",
                        Parameters.with("running", AssessmentStatus.IN_PROGRESS).and("now", now))
                .project(UUID.class)
                .range(0, limit - 1)
                .list();
    }

    /** Submissions that were claimed but not completed (sandbox down, service restarted) and are worth retrying. */
    public Uni<List<UUID>> stalledSubmissions(OffsetDateTime claimedBefore, int limit) {
        return find(
                        "select id from Assessment where status = :running and submitClaimedAt < :before"
                                + " order by submitClaimedAt",
                        Parameters.with("running", AssessmentStatus.IN_PROGRESS).and("before", claimedBefore))
                .project(UUID.class)
                .range(0, limit - 1)
                .list();
    }

    /**
     * submitted → scoring, once AssessmentSubmitted is on Kafka; later states are left alone. A guarded update rather
     * than a change of the loaded entity, so that a score that arrives at the same moment is never overwritten.
     */
    public Uni<Void> markScoring(UUID id) {
        return update(
                        "status = :scoring, updatedAt = :now where id = :id and status = :submitted",
                        Parameters.with("scoring", AssessmentStatus.SCORING)
                                .and("now", OffsetDateTime.now())
                                .and("id", id)
                                .and("submitted", AssessmentStatus.SUBMITTED))
                .replaceWithVoid();
    }

    /** The status of each of these assessments, by id (a map that answers null for a null id). */
    public Uni<Map<UUID, String>> statuses(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new HashMap<>());
        }
        return list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(a -> a.id, a -> a.status.value())));
    }

    public Uni<List<Assessment>> allOfUser(String userId) {
        return list("userId", userId);
    }

    /**
     * Assessments of deleted accounts whose sandbox and tracking objects are not erased yet, oldest request first. One
     * still being scored waits for its score until {@code scoringCutoff}.
     */
    public Uni<List<UUID>> pendingErasure(OffsetDateTime scoringCutoff, int limit) {
        return find(
                        "select id from Assessment where erasureRequestedAt is not null and personalDataErasedAt is null"
                                + " and (status not in (:submitted, :scoring) or erasureRequestedAt < :cutoff)"
                                + " order by erasureRequestedAt, id",
                        Parameters.with("submitted", AssessmentStatus.SUBMITTED)
                                .and("scoring", AssessmentStatus.SCORING)
                                .and("cutoff", scoringCutoff))
                .project(UUID.class)
                .range(0, limit - 1)
                .list();
    }
}

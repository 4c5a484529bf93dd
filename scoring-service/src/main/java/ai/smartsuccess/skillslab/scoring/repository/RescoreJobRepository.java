package ai.smartsuccess.skillslab.scoring.repository;

import ai.smartsuccess.skillslab.scoring.model.RescoreJob;
import ai.smartsuccess.skillslab.scoring.model.RescoreJobStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RescoreJobRepository implements PanacheRepositoryBase<RescoreJob, UUID> {

    public Uni<RescoreJob> findRunning(String scopeKey) {
        return find("scopeKey = ?1 and status = ?2", scopeKey, RescoreJobStatus.RUNNING)
                .firstResult();
    }

    /** Newest first. */
    public Uni<List<RescoreJob>> newest(int limit) {
        return find("order by createdAt desc, id").page(0, limit).list();
    }

    /** Adds the outcome of re-scored assessments and counts as a heartbeat. */
    public Uni<Integer> addProgress(UUID id, int done, int failed, OffsetDateTime at) {
        return update("done = done + ?1, failed = failed + ?2, heartbeatAt = ?3 where id = ?4", done, failed, at, id);
    }

    public Uni<Integer> heartbeat(Collection<UUID> ids, OffsetDateTime at) {
        return ids.isEmpty()
                ? Uni.createFrom().item(0)
                : update("heartbeatAt = ?1 where id in ?2 and status = ?3", at, ids, RescoreJobStatus.RUNNING);
    }

    /** Ends a running job (a job already ended stays as it is); answers the number of jobs changed. */
    public Uni<Integer> end(UUID id, RescoreJobStatus status, OffsetDateTime at) {
        return update(
                "status = ?1, finishedAt = ?2, heartbeatAt = ?2 where id = ?3 and status = ?4",
                status,
                at,
                id,
                RescoreJobStatus.RUNNING);
    }

    /** Marks running jobs without a heartbeat since {@code before} interrupted; answers how many. */
    public Uni<Integer> interruptStale(OffsetDateTime before, OffsetDateTime at) {
        return update(
                "status = ?1, finishedAt = ?2 where status = ?3 and heartbeatAt < ?4",
                RescoreJobStatus.INTERRUPTED,
                at,
                RescoreJobStatus.RUNNING,
                before);
    }

    /** Those of {@code ids} that are no longer running (ended here, by another instance or by an administrator). */
    public Uni<List<UUID>> endedAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("id in ?1 and status <> ?2", ids, RescoreJobStatus.RUNNING)
                .list()
                .map(ended -> ended.stream().map(job -> job.id).toList());
    }
}

package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackingObjectRepository implements PanacheRepositoryBase<TrackingObject, TrackingObject.Key> {

    public Uni<List<TrackingObject>> inOrder(UUID assessmentId) {
        return list("assessmentId", Sort.by("seq"), assessmentId);
    }

    public Uni<Integer> lastSeq(UUID assessmentId) {
        return find("select coalesce(max(seq), 0) from TrackingObject where assessmentId = ?1", assessmentId)
                .project(Integer.class)
                .firstResult();
    }

    /** Idempotent: a flush retried after a crash records the same object once. */
    public Uni<Void> record(UUID assessmentId, int seq, String bucket, String key, int eventCount) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "insert into assessment.tracking_objects (assessment_id, seq, bucket, object_key, event_count)"
                                        + " values (:id, :seq, :bucket, :key, :count)"
                                        + " on conflict (assessment_id, seq) do nothing")
                        .setParameter("id", assessmentId)
                        .setParameter("seq", seq)
                        .setParameter("bucket", bucket)
                        .setParameter("key", key)
                        .setParameter("count", eventCount)
                        .executeUpdate())
                .replaceWithVoid();
    }
}

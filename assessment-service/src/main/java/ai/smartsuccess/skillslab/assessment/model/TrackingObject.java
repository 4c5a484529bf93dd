package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One NDJSON object of tracking events in S3; {@code seq} orders a session's objects. */
@Entity
@Table(name = "tracking_objects")
@IdClass(TrackingObject.Key.class)
public class TrackingObject extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    public int seq;

    public String bucket;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "event_count")
    public int eventCount;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static class Key implements Serializable {
        public UUID assessmentId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(assessmentId, key.assessmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, seq);
        }
    }
}

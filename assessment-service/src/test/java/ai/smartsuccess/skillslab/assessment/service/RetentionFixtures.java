package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.UUID;

/** A scored assessment that ended {@code monthsAgo}, with chat, notes and a tracking object in S3. */
record RetentionFixtures(UUID id, String trackingKey) {

    static RetentionFixtures endedMonthsAgo(int monthsAgo) {
        SeededAttempts.Task task = SeededAttempts.Task.of("retention-business-" + UUID.randomUUID(), "Retention");
        UUID id = SeededAttempts.scored(task, "Old Candidate", "old@example.test", 1200, Reports.figures());
        TestDatabase.execute(
                "insert into assessment.chat_messages (id, assessment_id, role, content, request_id)"
                        + " values (?, ?, 'user', 'a prompt the candidate wrote', ?)",
                UUID.randomUUID(),
                id,
                UUID.randomUUID());
        String key = TrackingObjectStorage.key(id, 1);
        storage().put(key, "{\"type\":\"code_change\"}\n").await().atMost(Duration.ofSeconds(60));
        TestDatabase.execute(
                "insert into assessment.tracking_objects (assessment_id, seq, bucket, object_key, event_count)"
                        + " values (?, 1, ?, ?, 1)",
                id,
                storage().bucket(),
                key);
        // Aged last: the sweep runs every second, and an attempt that looked old while its chat and tracking were still
        // being added would be swept half-made (and marked as swept).
        TestDatabase.execute(
                "update assessment.assessments set created_at = now() - make_interval(months => ?, hours => 3),"
                        + " started_at = now() - make_interval(months => ?, hours => 2),"
                        + " deadline = now() - make_interval(months => ?, hours => 1),"
                        + " submitted_at = now() - make_interval(months => ?, mins => 90),"
                        + " notes = 'what the candidate noted' where id = ?",
                monthsAgo,
                monthsAgo,
                monthsAgo,
                monthsAgo,
                id);
        return new RetentionFixtures(id, key);
    }

    boolean exists() {
        return count("select count(*) from assessment.assessments where id = ?") == 1;
    }

    long trackingRows() {
        return count("select count(*) from assessment.tracking_objects where assessment_id = ?");
    }

    long chatMessages() {
        return count("select count(*) from assessment.chat_messages where assessment_id = ?");
    }

    long scores() {
        return count("select count(*) from assessment.scores where assessment_id = ?");
    }

    String notes() {
        return (String) TestDatabase.value("select notes from assessment.assessments where id = ?", id);
    }

    boolean trackingObjectStored() {
        try {
            storage().get(trackingKey).await().atMost(Duration.ofSeconds(60));
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    private long count(String sql) {
        return ((Number) TestDatabase.value(sql, id)).longValue();
    }

    private static TrackingObjectStorage storage() {
        return Arc.container().instance(TrackingObjectStorage.class).get();
    }
}

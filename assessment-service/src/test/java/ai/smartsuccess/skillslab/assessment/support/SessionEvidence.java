package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What a finished session leaves besides its score, written where the platform keeps it: tracking objects in the
 * {@code tracking} bucket (with their rows), the chat, and the submission's record (starter files in the
 * {@code submissions} bucket, the hidden run's results).
 */
public final class SessionEvidence {

    /** One tracking line. */
    public static Map<String, Object> event(
            String id, String type, Instant at, String source, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("timestamp", at.toString());
        event.put("receivedAt", at.plusMillis(40).toString());
        event.put("source", source);
        event.put("data", data);
        return event;
    }

    /** Stores the events as the session's tracking object number {@code seq}. */
    public static void trackingObject(UUID assessmentId, int seq, List<Map<String, Object>> events) {
        StringBuilder ndjson = new StringBuilder();
        for (Map<String, Object> event : events) {
            ndjson.append(json(event)).append('\n');
        }
        TrackingObjectStorage storage =
                Arc.container().instance(TrackingObjectStorage.class).get();
        String key = TrackingObjectStorage.key(assessmentId, seq);
        storage.put(key, ndjson.toString()).await().atMost(Duration.ofSeconds(60));
        TestDatabase.execute(
                "insert into assessment.tracking_objects (assessment_id, seq, bucket, object_key, event_count)"
                        + " values (?, ?, ?, ?, ?)",
                assessmentId,
                seq,
                storage.bucket(),
                key,
                events.size());
    }

    public static void chat(UUID assessmentId, String role, String content, String model, Instant at) {
        TestDatabase.execute(
                "insert into assessment.chat_messages (id, assessment_id, role, content, model, provider, request_id,"
                        + " complete, created_at) values (?, ?, ?, ?, ?, 'offline', ?, true, ?::timestamptz)",
                UUID.randomUUID(),
                assessmentId,
                role,
                content,
                model,
                UUID.randomUUID(),
                at.toString());
    }

    /**
     * The submission's record: the starter files (stored in the {@code submissions} bucket) and the hidden run, one
     * failed test with its message.
     */
    public static void submission(UUID assessmentId, Map<String, String> starterFiles, List<String> integrityFlags) {
        String key = "assessments/" + assessmentId + "/starter-files.json";
        List<Map<String, Object>> files = new ArrayList<>();
        starterFiles.forEach(
                (path, content) -> files.add(Map.of("path", path, "encoding", "utf-8", "content", content)));
        S3Client s3 = Arc.container().instance(S3Client.class).get();
        s3.putObject(r -> r.bucket("submissions").key(key), RequestBody.fromString(json(Map.of("files", files))));
        Map<String, Object> hidden = new LinkedHashMap<>();
        hidden.put("runner", "python-unittest");
        hidden.put("total", 3);
        hidden.put("passed", 2);
        hidden.put("failed", 1);
        hidden.put("durationMs", 850);
        hidden.put("timedOut", false);
        hidden.put("error", null);
        hidden.put(
                "tests",
                List.of(
                        Map.of("name", "test_create_todo", "passed", true),
                        Map.of("name", "test_list_todos", "passed", true),
                        Map.of(
                                "name",
                                "test_delete_missing",
                                "passed",
                                false,
                                "message",
                                "AssertionError: 500 != 404 <script>alert(1)</script>")));
        hidden.put("integrityFlags", integrityFlags);
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("finalFiles", null);
        submission.put("starterFiles", Map.of("bucket", "submissions", "key", key));
        submission.put("files", List.copyOf(starterFiles.keySet()));
        submission.put("hiddenTests", hidden);
        submission.put("activitySequence", 4);
        TestDatabase.execute(
                "update assessment.assessments set submission = ?::jsonb where id = ?", json(submission), assessmentId);
    }

    public static String json(Object value) {
        try {
            return KafkaTopics.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SessionEvidence() {}
}

package ai.smartsuccess.skillslab.sandbox;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Session rows as provisioning and finalize leave them, with their three snapshots in the submissions bucket (real
 * PostgreSQL and S3Proxy), and what erasure and retention leave of them.
 */
final class StoredSessions {

    static final String BUCKET = "submissions";

    private final S3Client s3;

    StoredSessions(S3Client s3) {
        this.s3 = s3;
    }

    /** A session of {@code owner} in {@code state}, ended at {@code terminatedAt} (SQL, or null), with its snapshots. */
    UUID create(String owner, String state, String terminatedAt) {
        UUID id = UUID.randomUUID();
        // Objects first: a session row that looks expired is swept at once (every second in tests), and one swept
        // before
        // its objects were stored would keep them.
        for (String name : List.of("starter-files.json", "workspace-snapshot.json", "final-files.json")) {
            s3.putObject(
                    r -> r.bucket(BUCKET).key(id + "/" + name).contentType("application/json"),
                    RequestBody.fromString("{\"files\":[{\"path\":\"main.py\",\"content\":\"# " + owner + "\"}]}"));
        }
        TestDatabase.execute("""
                insert into sandbox.sandbox_sessions (assessment_id, owner_id, task_id, runtime, hidden_runner, state,
                    backend, sandbox_id, deadline, ready_millis, hidden_files, finalize_result, terminated_at)
                values (?, ?, ?, 'python', 'none', ?, 'local', ?, now() + interval '1 hour', 10,
                    '{"files": []}'::jsonb, '{"finalFiles": {"bucket": "submissions", "key": "x"}}'::jsonb,
                    """ + terminatedAt + ")", id, owner, UUID.randomUUID(), state, "sbx-" + id);
        return id;
    }

    /** A terminal command the session recorded, published ten minutes ago (the hourly purge leaves it). */
    static void recordActivity(UUID assessmentId) {
        TestDatabase.execute(
                "insert into sandbox.activity_outbox (event_id, assessment_id, sequence, kind, payload, sent_at)"
                        + " values (?, ?, 1, 'terminal_command', '{\"command\":\"cat notes.txt\"}'::jsonb,"
                        + " now() - interval '10 minutes')",
                UUID.randomUUID(),
                assessmentId);
    }

    static long activity(UUID assessmentId) {
        return ((Number) TestDatabase.value(
                        "select count(*) from sandbox.activity_outbox where assessment_id = ?", assessmentId))
                .longValue();
    }

    /** The session records that its objects and its finalize answer are gone. */
    static boolean erased(UUID assessmentId) {
        return Boolean.TRUE.equals(TestDatabase.value(
                "select finalize_result is null and objects_erased_at is not null"
                        + " from sandbox.sandbox_sessions where assessment_id = ?",
                assessmentId));
    }

    List<String> keys(UUID assessmentId) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(assessmentId + "/")).contents().stream()
                .map(o -> o.key())
                .toList();
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A deleted account's workspace snapshots leave the submissions bucket once its sandbox is gone; other people's stay.
 * Real Kafka (test topics), PostgreSQL and S3Proxy.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class AccountErasureServiceTest {

    static final String BUCKET = "submissions";
    static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    S3Client s3;

    @Test
    void the_snapshots_of_a_deleted_account_go_once_its_sandbox_is_gone_and_nobody_elses_do() {
        String leaving = "leaving-" + UUID.randomUUID();
        String staying = "staying-" + UUID.randomUUID();
        UUID ended = session(leaving, "terminated");
        UUID open = session(leaving, "expired");
        UUID others = session(staying, "terminated");

        try (TopicWriter writer = new TopicWriter()) {
            writer.send("test.account-lifecycle", AccountDeleted.of(leaving, "individual"));
        }

        // The objects go first, then the session records it (with its finalize answer gone) as its transaction ends.
        await().atMost(BOUND).until(() -> keys(ended).isEmpty() && erased(ended));
        assertThat(keys(others)).hasSize(3);
        // A sandbox not yet gone (expired, waiting for its finalize) keeps its files until it is, then they go too.
        assertThat(keys(open)).hasSize(3);
        TestDatabase.execute(
                "update sandbox.sandbox_sessions set state = 'terminated', terminated_at = now() where assessment_id = ?",
                open);
        await().atMost(BOUND).until(() -> keys(open).isEmpty());
        assertThat(keys(others)).hasSize(3);
    }

    /** A session row as provisioning and finalize leave it, with its three snapshots in the bucket. */
    private UUID session(String owner, String state) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute("""
                insert into sandbox.sandbox_sessions (assessment_id, owner_id, task_id, runtime, hidden_runner, state,
                    backend, sandbox_id, deadline, ready_millis, hidden_files, finalize_result)
                values (?, ?, ?, 'python', 'none', ?, 'local', ?, now() + interval '1 hour', 10,
                    '{"files": []}'::jsonb, '{"finalFiles": {"bucket": "submissions", "key": "x"}}'::jsonb)""", id, owner, UUID.randomUUID(), state, "sbx-" + id);
        for (String name : List.of("starter-files.json", "workspace-snapshot.json", "final-files.json")) {
            s3.putObject(
                    r -> r.bucket(BUCKET).key(id + "/" + name).contentType("application/json"),
                    RequestBody.fromString("{\"files\":[{\"path\":\"main.py\",\"content\":\"# " + owner + "\"}]}"));
        }
        return id;
    }

    private static boolean erased(UUID assessmentId) {
        return Boolean.TRUE.equals(TestDatabase.value(
                "select finalize_result is null and objects_erased_at is not null"
                        + " from sandbox.sandbox_sessions where assessment_id = ?",
                assessmentId));
    }

    private List<String> keys(UUID assessmentId) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(assessmentId + "/")).contents().stream()
                .map(o -> o.key())
                .toList();
    }
}

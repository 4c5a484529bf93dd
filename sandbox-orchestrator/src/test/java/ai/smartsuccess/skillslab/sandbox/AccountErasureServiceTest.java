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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A deleted account's workspace snapshots leave the submissions bucket once its sandbox is gone; other people's stay.
 * Real Kafka (test topics), PostgreSQL and S3Proxy.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class AccountErasureServiceTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    S3Client s3;

    StoredSessions sessions;

    @BeforeEach
    void sessions() {
        sessions = new StoredSessions(s3);
    }

    @Test
    void the_snapshots_of_a_deleted_account_go_once_its_sandbox_is_gone_and_nobody_elses_do() {
        String leaving = "leaving-" + UUID.randomUUID();
        String staying = "staying-" + UUID.randomUUID();
        UUID ended = sessions.create(leaving, "terminated", "null");
        UUID open = sessions.create(leaving, "expired", "null");
        UUID others = sessions.create(staying, "terminated", "null");

        try (TopicWriter writer = new TopicWriter()) {
            writer.send("test.account-lifecycle", AccountDeleted.of(leaving, "individual"));
        }

        // The objects go first, then the session records it (with its finalize answer gone) as its transaction ends.
        await().atMost(BOUND).until(() -> sessions.keys(ended).isEmpty() && StoredSessions.erased(ended));
        assertThat(sessions.keys(others)).hasSize(3);
        // A sandbox not yet gone (expired, waiting for its finalize) keeps its files until it is, then they go too.
        assertThat(sessions.keys(open)).hasSize(3);
        TestDatabase.execute(
                "update sandbox.sandbox_sessions set state = 'terminated', terminated_at = now() where assessment_id = ?",
                open);
        await().atMost(BOUND).until(() -> sessions.keys(open).isEmpty());
        assertThat(sessions.keys(others)).hasSize(3);
    }
}

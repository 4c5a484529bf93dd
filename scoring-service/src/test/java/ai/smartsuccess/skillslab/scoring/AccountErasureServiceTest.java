package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** A deleted account leaves no scoring run behind; other people's runs stay. Real Kafka, S3Proxy and PostgreSQL. */
@QuarkusTest
class AccountErasureServiceTest {

    static final String ACCOUNTS = "test.account-lifecycle";
    static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    S3Client s3;

    KafkaTestClient kafka;
    TopicWriter writer;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(RESULTS);
        writer = new TopicWriter();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
        writer.close();
    }

    @Test
    void a_scored_submission_keeps_no_contact_details_and_its_runs_go_with_the_account() {
        SessionFixture session = Sessions.planned();
        store(session);
        kafka.send(
                session.assessmentId.toString(),
                session.submission().notes("Ada here, call me on 555-0100").build());
        await().atMost(BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        !kafka.records(RESULTS, session.assessmentId.toString()).isEmpty());
        await().atMost(BOUND).until(() -> Boolean.TRUE.equals(published(session.assessmentId)));

        String stored = TestDatabase.value(
                        "select input_event::text from scoring.scoring_runs where assessment_id = ?",
                        session.assessmentId)
                .toString();
        assertThat(stored)
                .contains("user-" + session.assessmentId)
                .doesNotContain("candidate@demo.skillslab.dev")
                .doesNotContain("Demo Candidate")
                .doesNotContain("555-0100");

        String other = "other-" + UUID.randomUUID();
        UUID othersRun = insertRun(other, "scored", true);

        writer.send(ACCOUNTS, AccountDeleted.of("user-" + session.assessmentId, "individual"));

        await().atMost(BOUND).until(() -> runs(session.assessmentId) == 0);
        assertThat(runs(othersRun)).isEqualTo(1);
    }

    @Test
    void a_run_still_being_scored_goes_once_its_outcome_is_published_and_a_later_one_goes_too() {
        String user = "leaving-" + UUID.randomUUID();
        UUID settled = insertRun(user, "scored", true);
        UUID inProgress = insertRun(user, "scoring", false);
        String other = "staying-" + UUID.randomUUID();
        UUID othersRun = insertRun(other, "scored", true);

        writer.send(ACCOUNTS, AccountDeleted.of(user, "individual"));

        await().atMost(BOUND).until(() -> runs(settled) == 0);
        // Deleting it now would turn its coming score into a failure: it stays until its outcome has gone out.
        assertThat(runs(inProgress)).isEqualTo(1);

        TestDatabase.execute(
                "update scoring.scoring_runs set status = 'scored', published = true where assessment_id = ?",
                inProgress);
        await().atMost(BOUND).until(() -> runs(inProgress) == 0);

        // A submission of theirs that arrives after the erasure is deleted once settled as well.
        UUID late = insertRun(user, "scored", true);
        await().atMost(BOUND).until(() -> runs(late) == 0);

        // A redelivered erasure changes nothing; nobody else's runs went.
        writer.send(ACCOUNTS, AccountDeleted.of(user, "individual"));
        assertThat(runs(othersRun)).isEqualTo(1);
        assertThat(TestDatabase.value("select count(*) from scoring.erased_accounts where user_id = ?", user)
                        .toString())
                .isEqualTo("1");
    }

    private void store(SessionFixture session) {
        put(session.trackingRef().bucket(), session.trackingRef().key(), session.trackingNdjson());
        put(session.finalRef().bucket(), session.finalRef().key(), SessionFixture.filesJson(session.finalFiles));
        put(session.starterRef().bucket(), session.starterRef().key(), SessionFixture.filesJson(session.starterFiles));
    }

    private void put(String bucket, String key, byte[] bytes) {
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
    }

    /** A run of the user's assessment (a new one), as the scoring of a submission leaves it. */
    private static UUID insertRun(String userId, String status, boolean published) {
        UUID assessmentId = UUID.randomUUID();
        TestDatabase.execute(
                """
                insert into scoring.scoring_runs (id, assessment_id, scoring_version, origin, status, published,
                    input_event, final_score)
                values (?, ?, 'test', 'event', ?, ?, ?::jsonb, 61.5)""",
                UUID.randomUUID(),
                assessmentId,
                status,
                published,
                "{\"assessmentId\":\"" + assessmentId + "\",\"candidate\":{\"userId\":\"" + userId
                        + "\",\"userType\":\"individual\"}}");
        return assessmentId;
    }

    private static long runs(UUID assessmentId) {
        return ((Number) TestDatabase.value(
                        "select count(*) from scoring.scoring_runs where assessment_id = ?", assessmentId))
                .longValue();
    }

    private static Boolean published(UUID assessmentId) {
        return (Boolean) TestDatabase.value(
                "select bool_and(published) from scoring.scoring_runs where assessment_id = ?", assessmentId);
    }
}

package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.platform.test.DeadLetters;
import ai.smartsuccess.skillslab.platform.test.EventJson;
import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code account-lifecycle} consumer on the real Kafka: an AccountDeleted with fields a newer producer added ends
 * the person's open session; a record that is not an event, or a deletion that names no one, goes to
 * {@code test.account-lifecycle.dlq} byte for byte and ends nothing.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AccountLifecycleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void a_deletion_with_fields_a_newer_producer_added_ends_the_persons_session() {
        try (TempUser person = TempUsers.individual("leaving-newer")) {
            UUID running = running(person);
            AccountDeleted deleted = AccountDeleted.of(person.id(), "individual");

            TestKafka.publish(KafkaTopics.ACCOUNTS, deleted.key(), EventJson.withAddedField(deleted));

            await().atMost(WAIT)
                    .untilAsserted(() -> assessment(person, running)
                            .body("status", equalTo("failed"))
                            .body("failureReason", startsWith("The candidate deleted their account")));
        }
    }

    @Test
    void records_that_are_not_events_are_dead_lettered_end_nothing_and_the_next_one_is_still_read() {
        try (TempUser person = TempUsers.individual("leaving-later")) {
            UUID running = running(person);
            byte[] garbage = PoisonBytes.garbage();
            byte[] untyped = PoisonBytes.jsonWithoutType();
            byte[] noOne =
                    EventJson.changed(AccountDeleted.of(person.id(), "individual"), node -> node.remove("userId"));

            try (DeadLetters dlq = new DeadLetters(KafkaTopics.ACCOUNTS + ".dlq", "account-lifecycle")) {
                TestKafka.publish(KafkaTopics.ACCOUNTS, person.id(), garbage);
                TestKafka.publish(KafkaTopics.ACCOUNTS, person.id(), untyped);
                TestKafka.publish(KafkaTopics.ACCOUNTS, person.id(), noOne);

                await("garbage dead-lettered").atMost(WAIT).until(() -> dlq.contains(garbage));
                await("untyped JSON dead-lettered").atMost(WAIT).until(() -> dlq.contains(untyped));
                await("deletion without userId dead-lettered").atMost(WAIT).until(() -> dlq.contains(noOne));
            }
            assessment(person, running).body("status", equalTo("in_progress"));

            KafkaTopics.publish(KafkaTopics.ACCOUNTS, person.id(), AccountDeleted.of(person.id(), "individual"));
            await().atMost(WAIT).untilAsserted(() -> assessment(person, running).body("status", equalTo("failed")));
        }
    }

    private static UUID running(TempUser person) {
        PlatformStubs.stubSandbox();
        UUID id = UUID.fromString(given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId", PlatformStubs.stubTask(TaskStub.practice()).toString()))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessmentId"));
        given().auth()
                .oauth2(person.token())
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(200);
        assessment(person, id).body("status", equalTo("in_progress"));
        return id;
    }

    private static ValidatableResponse assessment(TempUser person, UUID id) {
        return given().auth()
                .oauth2(person.token())
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200);
    }
}

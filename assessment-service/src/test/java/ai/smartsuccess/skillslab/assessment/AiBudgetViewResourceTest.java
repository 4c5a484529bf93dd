package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is left of the AI limits, as the chat panel reads it: the same counters the chat charges. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AiBudgetViewResourceTest {

    @Test
    void after_a_chat_the_budget_shows_what_it_used_and_reading_it_charges_nothing() {
        try (TempUser user = TempUsers.individual("ai-budget-view")) {
            UUID id = running(user.token());
            JsonPath before = budget(user.token(), id);
            assertThat(before.getLong("assessment.used")).isZero();
            assertThat(before.getLong("assessment.remaining")).isEqualTo(before.getLong("assessment.limit"));
            assertThat(before.getLong("daily.used")).isZero();

            given().auth()
                    .oauth2(user.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "assessmentId", id.toString(), "model", "offline-assistant", "message", "How do I start?"))
                    .post("/api/ai/chat")
                    .then()
                    .statusCode(200);

            JsonPath after = budget(user.token(), id);
            long used = after.getLong("assessment.used");
            assertThat(used).isPositive();
            assertThat(after.getLong("assessment.remaining")).isEqualTo(after.getLong("assessment.limit") - used);
            // The daily count is the person's: this fresh account spent only this chat today.
            assertThat(after.getLong("daily.used")).isEqualTo(used);
            assertThat(after.getLong("daily.remaining")).isEqualTo(after.getLong("daily.limit") - used);
            OffsetDateTime resets = OffsetDateTime.parse(after.getString("daily.resetsAt"));
            assertThat(resets.toInstant()).isAfter(Instant.now());
            assertThat(resets.withOffsetSameInstant(ZoneOffset.UTC).getHour()).isZero();
            int perMinute = after.getInt("requestsPerMinute.limit");
            assertThat(perMinute).isPositive();
            // The chat counted; the two readings did not (unless the minute turned in between).
            assertThat(after.getLong("requestsPerMinute.remaining")).isBetween((long) perMinute - 1, (long) perMinute);
            assertThat(OffsetDateTime.parse(after.getString("requestsPerMinute.resetsAt"))
                            .toInstant())
                    .isAfter(Instant.now().minusSeconds(1))
                    .isBefore(Instant.now().plusSeconds(61));

            JsonPath again = budget(user.token(), id);
            assertThat(again.getLong("assessment.used")).isEqualTo(used);
            assertThat(again.getLong("requestsPerMinute.remaining"))
                    .isGreaterThanOrEqualTo(after.getLong("requestsPerMinute.remaining"));
        }
    }

    @Test
    void only_the_owner_reads_an_assessments_budget_and_a_bad_id_is_named() {
        try (TempUser owner = TempUsers.individual("ai-budget-own");
                TempUser other = TempUsers.individual("ai-budget-other")) {
            UUID id = running(owner.token());
            given().auth()
                    .oauth2(other.token())
                    .queryParam("assessmentId", id.toString())
                    .get("/api/ai/budget")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(owner.token())
                    .queryParam("assessmentId", UUID.randomUUID().toString())
                    .get("/api/ai/budget")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(owner.token())
                    .get("/api/ai/budget")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("assessmentId"));
            given().auth()
                    .oauth2(owner.token())
                    .queryParam("assessmentId", "not-an-id")
                    .get("/api/ai/budget")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("assessmentId"));
            given().queryParam("assessmentId", id.toString())
                    .get("/api/ai/budget")
                    .then()
                    .statusCode(401);
        }
    }

    private static JsonPath budget(String token, UUID id) {
        return given().auth()
                .oauth2(token)
                .queryParam("assessmentId", id.toString())
                .get("/api/ai/budget")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    /** A running session of a fresh practice task. */
    private static UUID running(String token) {
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessmentId");
        given().auth()
                .oauth2(token)
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(200);
        return UUID.fromString(id);
    }
}

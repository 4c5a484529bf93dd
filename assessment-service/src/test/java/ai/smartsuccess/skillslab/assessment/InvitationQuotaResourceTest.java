package ai.smartsuccess.skillslab.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a business may send strangers: a daily number of invitations (3 here), and names and messages without control
 * characters or text-direction overrides. Temporary business accounts, so that the count starts at 0.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
@TestProfile(InvitationQuotaResourceTest.SmallQuota.class)
class InvitationQuotaResourceTest {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.skillslab.invitations.daily-quota", "3");
        }
    }

    TempUser business;
    UUID task;

    @BeforeEach
    void setUp() {
        business = TempUsers.business("invite-quota", "Quota Co");
        task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(business.id()));
    }

    @AfterEach
    void tearDown() {
        business.close();
    }

    @Test
    void the_invitation_past_the_daily_quota_is_refused_with_the_limit_and_when_it_resets() {
        for (int i = 1; i <= 3; i++) {
            invite(Map.of("recipientEmail", "daily-" + i + "@example.test")).statusCode(201);
        }
        String resetsAt = OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .plusDays(1)
                .toString();
        var refused = invite(Map.of("recipientEmail", "daily-4@example.test"))
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", endsWith("/invitation-quota-reached"))
                .body("limit", is(3))
                .body("used", is(3))
                .body("resetsAt", is(resetsAt))
                .body("detail", containsString("at most 3 invitations a day"))
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 86_400L);
    }

    @Test
    void each_line_of_a_bulk_invitation_counts() {
        invite(Map.of("recipientEmail", "single@example.test")).statusCode(201);
        given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId",
                        task.toString(),
                        "addresses",
                        "bulk-1@example.test\nbulk-2@example.test\nbulk-3@example.test\nbulk-4@example.test"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(207)
                .body("created.row", contains(1, 2))
                .body("failed.row", contains(3, 4))
                .body("failed[0].problem.type", endsWith("/invitation-quota-reached"))
                .body("failed[1].problem.detail", containsString("at most 3 invitations a day"));
    }

    @Test
    void names_and_messages_with_control_characters_or_direction_overrides_are_refused() {
        for (String name : new String[] {"Eve\u202Egnp.exe", "Eve\u2067x", "Eve\u0000", "Eve\u009B", "Eve\nSmith"}) {
            invite(Map.of("recipientEmail", "named@example.test", "recipientName", name))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("recipientName"));
        }
        for (String message : new String[] {"Hi \u202Dthere", "Hi\u2066", "Hi\u0007", "Hi\u0085", "Hi\rthere"}) {
            invite(Map.of("recipientEmail", "messaged@example.test", "message", message))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("message"));
        }
        given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "addresses", "x@example.test", "message", "Hello\u202E"))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("message"));
        invite(Map.of(
                        "recipientEmail",
                        "fine@example.test",
                        "recipientName",
                        "Zoë O'Brien <ZO>",
                        "message",
                        "Hi Zoë,\r\n\n\tplease take this task: https://example.org/info\nעברית"))
                .statusCode(201);
    }

    private ValidatableResponse invite(Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("taskId", task.toString());
        return given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/invitations")
                .then();
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One unfinished attempt per task, resumed rather than duplicated; unstarted attempts can be abandoned. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AttemptsResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void a_second_start_names_the_attempt_to_resume_and_an_abandoned_practice_attempt_costs_nothing() {
        // A business's public task with room for one counted attempt.
        UUID task = PlatformStubs.stubTask(
                TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)).withMaxAttempts(1));
        try (TempUser candidate = TempUsers.individual("resumer")) {
            String token = candidate.token();
            UUID first = create(token, task);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/attempt-in-progress"))
                    .body("assessmentId", equalTo(first.toString()))
                    .body("attemptNumber", equalTo(1))
                    .body("attemptStatus", equalTo("pending"))
                    .body("status", equalTo(409));

            // The dashboard finds it by task and unfinished statuses.
            given().auth()
                    .oauth2(token)
                    .queryParam("taskId", task.toString())
                    .queryParam("status", "pending,in_progress")
                    .get("/api/assessments")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("assessments[0].id", equalTo(first.toString()))
                    .body("assessments[0].canAbandon", equalTo(true))
                    .body("assessments[0].timeLimitMinutes", equalTo(120))
                    .body("assessments[0].invitationId", nullValue())
                    .body("assessments[0].companyName", nullValue());

            // Only its owner may abandon it; abandoning twice answers the same.
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .post("/api/assessments/" + first + "/abandon")
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            for (int i = 0; i < 2; i++) {
                given().auth()
                        .oauth2(token)
                        .post("/api/assessments/" + first + "/abandon")
                        .then()
                        .statusCode(200)
                        .body("assessmentId", equalTo(first.toString()))
                        .body("status", equalTo("abandoned"));
            }
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + first + "/start")
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/assessment-abandoned"));
            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + first)
                    .then()
                    .body("status", equalTo("abandoned"))
                    .body("canAbandon", equalTo(false));

            // It did not count: the one allowed attempt is still there, numbered after it.
            UUID second = create(token, task);
            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + second)
                    .then()
                    .body("attemptNumber", equalTo(2))
                    .body("canAbandon", equalTo(true));
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + second + "/start")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + second + "/abandon")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/assessment-started"));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", task.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/attempt-in-progress"))
                    .body("assessmentId", equalTo(second.toString()))
                    .body("attemptStatus", equalTo("in_progress"));

            given().auth()
                    .oauth2(token)
                    .queryParam("status", "abandoned")
                    .get("/api/assessments")
                    .then()
                    .body("assessments.id", contains(first.toString()));
            given().auth()
                    .oauth2(token)
                    .queryParam("taskId", task.toString())
                    .get("/api/assessments")
                    .then()
                    .body("total", equalTo(2))
                    .body("assessments.status", contains("in_progress", "abandoned"));
        }
    }

    @Test
    void an_invited_attempt_is_abandoned_only_with_retakes_allowed_and_then_counts() {
        String business = accessToken(BUSINESS);
        String businessId = KeycloakTokens.subject(BUSINESS);
        UUID strict = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(businessId));
        UUID lenient = PlatformStubs.stubPrivateTask(
                TaskStub.practice().createdBy(businessId).withMaxAttempts(2));
        try (TempUser candidate = TempUsers.individual("retaker")) {
            String token = candidate.token();
            Invited noRetakes = InvitationResourceTest.invite(business, strict, candidate.email());
            UUID only = accept(token, noRetakes);
            given().auth()
                    .oauth2(token)
                    .get("/api/assessments/" + only)
                    .then()
                    .body("invitationId", equalTo(noRetakes.id().toString()))
                    .body("companyName", equalTo("Demo Corp"))
                    .body("canAbandon", equalTo(false));
            given().auth()
                    .oauth2(token)
                    .post("/api/assessments/" + only + "/abandon")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/retakes-not-allowed"));

            Invited retakes = invite(business, lenient, candidate.email(), true);
            UUID first = accept(token, retakes);
            given().auth()
                    .oauth2(token)
                    .queryParam("taskId", lenient.toString())
                    .get("/api/assessments")
                    .then()
                    .body("assessments[0].invitationId", equalTo(retakes.id().toString()))
                    .body("assessments[0].companyName", equalTo("Demo Corp"))
                    .body("assessments[0].canAbandon", equalTo(true));
            Sessions.abandon(token, first);
            // The invitation lets go of it: the sender sees it accepted, waiting for the next attempt.
            String row = "invitations.find { it.id == '" + retakes.id() + "' }";
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(row + ".status", equalTo("accepted"))
                    .body(row + ".allowRetakes", equalTo(true))
                    .body(row + ".assessmentId", nullValue());

            // The next attempt, started from the task page (no invitation named): it still belongs to the invitation.
            String second = given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("taskId", lenient.toString()))
                    .post("/api/assessments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("assessmentId");
            given().auth()
                    .oauth2(business)
                    .get("/api/invitations")
                    .then()
                    .body(row + ".assessmentId", equalTo(second))
                    .body(row + ".assessmentStatus", equalTo("pending"));
            given().auth()
                    .oauth2(token)
                    .post("/api/invitations/access/" + retakes.token() + "/accept")
                    .then()
                    .statusCode(200)
                    .body("assessmentId", equalTo(second))
                    .body("redirectUrl", equalTo("/workspace/" + second));

            // Abandoned invited attempts count: with two allowed, accepting again finds none left.
            Sessions.abandon(token, UUID.fromString(second));
            given().auth()
                    .oauth2(token)
                    .post("/api/invitations/access/" + retakes.token() + "/accept")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/max-attempts"));
            org.assertj.core.api.Assertions.assertThat(TestDatabase.value(
                            "select count(*) from assessment.assessments where invitation_id = ? and status = ?",
                            retakes.id(),
                            "abandoned"))
                    .isEqualTo(2L);
        }
    }

    @Test
    void the_list_filters_are_checked() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("status", "pending,finished")
                .queryParam("taskId", "not-an-id")
                .get("/api/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("status", "taskId"));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("status", "pending, in_progress ,abandoned")
                .get("/api/assessments")
                .then()
                .statusCode(200)
                .body("assessments.status", not(hasItems("scored", "submitted", "failed")));
    }

    static UUID create(String token, UUID task) {
        return UUID.fromString(given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessmentId"));
    }

    static UUID accept(String token, Invited invitation) {
        return UUID.fromString(given().auth()
                .oauth2(token)
                .post("/api/invitations/access/" + invitation.token() + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId"));
    }

    static Invited invite(String businessToken, UUID task, String address, boolean allowRetakes) {
        var created = given().auth()
                .oauth2(businessToken)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString(), "recipientEmail", address, "allowRetakes", allowRetakes))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        String link = created.path("accessLink");
        return new Invited(UUID.fromString(created.path("invitationId")), link.substring(link.lastIndexOf('/') + 1));
    }
}

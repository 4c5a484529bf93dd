package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may read a report and how it addresses them: the owner, the task's creator, an admin; nobody else. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class ReportViewResourceTest {

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void each_reader_sees_whose_work_it_is_and_strangers_see_nothing() {
        String business = accessToken(BUSINESS);
        String businessId = KeycloakTokens.subject(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(businessId));
        try (TempUser candidate = TempUsers.individual("reported");
                TempUser otherCandidate = TempUsers.individual("nosy");
                TempUser otherBusiness = TempUsers.business("competitor", "Competitor Inc")) {
            Invited invited = InvitationResourceTest.invite(business, task, candidate.email());
            UUID id = AttemptsResourceTest.accept(candidate.token(), invited);
            given().auth()
                    .oauth2(candidate.token())
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("notes", "I ran out of time for the delete endpoint."))
                    .post("/api/assessments/" + id + "/submit")
                    .then()
                    .statusCode(200);
            String path = "/api/assessments/" + id;

            // The owner: spoken to as the candidate, with their note, and nothing left to abandon.
            given().auth()
                    .oauth2(candidate.token())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("candidate"))
                    .body("candidate.name", equalTo("Temp Person"))
                    .body("candidate.email", equalTo(candidate.email()))
                    .body("invitationId", equalTo(invited.id().toString()))
                    .body("companyName", equalTo("Demo Corp"))
                    .body("canAbandon", equalTo(false))
                    .body("notes", equalTo("I ran out of time for the delete endpoint."));
            // The business that created the task reads about the candidate, by name.
            given().auth()
                    .oauth2(business)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("business"))
                    .body("candidate.name", equalTo("Temp Person"))
                    .body("candidate.email", equalTo(candidate.email()))
                    .body("companyName", equalTo("Demo Corp"))
                    .body("canAbandon", equalTo(false))
                    .body("notes", equalTo("I ran out of time for the delete endpoint."));
            given().auth()
                    .oauth2(accessToken(ADMIN))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("admin"))
                    .body("candidate.email", equalTo(candidate.email()))
                    .body("notes", equalTo("I ran out of time for the delete endpoint."));
            // Another business and another candidate: as if it did not exist.
            for (String stranger : new String[] {otherBusiness.token(), otherCandidate.token()}) {
                given().auth()
                        .oauth2(stranger)
                        .get(path)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
            }
        }
    }

    @Test
    void a_practice_attempt_names_its_candidate_and_no_company() {
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        try (TempUser candidate = TempUsers.individual("practising")) {
            UUID id = AttemptsResourceTest.create(candidate.token(), task);
            given().auth()
                    .oauth2(candidate.token())
                    .get("/api/assessments/" + id)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("candidate"))
                    .body("candidate.name", equalTo("Temp Person"))
                    .body("invitationId", nullValue())
                    .body("companyName", nullValue())
                    .body("canAbandon", equalTo(true))
                    .body("notes", nullValue());
            given().auth()
                    .oauth2(accessToken(ADMIN))
                    .get("/api/assessments/" + id)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("admin"))
                    .body("canAbandon", equalTo(false));
        }
    }
}

package ai.smartsuccess.skillslab.assessment.support;

import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Drives sessions through the public API, as the workspace does. */
public final class Sessions {

    public static UUID create(String user, UUID taskId) {
        String id = given().auth()
                .oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", taskId.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessmentId");
        return UUID.fromString(id);
    }

    /** Gives up an attempt that was not started. */
    public static void abandon(String token, UUID id) {
        given().auth()
                .oauth2(token)
                .post("/api/assessments/" + id + "/abandon")
                .then()
                .statusCode(200);
    }

    public static UUID started(String user, UUID taskId) {
        UUID id = create(user, taskId);
        given().auth()
                .oauth2(KeycloakTokens.accessToken(user))
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(200);
        return id;
    }

    /** A running session on a fresh practice task. */
    public static UUID running(String user) {
        PlatformStubs.stubSandbox();
        return started(user, PlatformStubs.stubTask(PlatformStubs.TaskStub.practice()));
    }

    public static void submit(String user, UUID id) {
        given().auth()
                .oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/assessments/" + id + "/submit")
                .then()
                .statusCode(200);
    }

    private Sessions() {}
}

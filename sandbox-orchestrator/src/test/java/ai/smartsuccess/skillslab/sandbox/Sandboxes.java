package ai.smartsuccess.skillslab.sandbox;

import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Provisioning and finalizing through the internal API, as assessment-service does. */
final class Sandboxes {

    static UUID provision(TestTasks.Task task, String ownerUsername) {
        return provision(task, ownerUsername, Instant.now().plus(Duration.ofMinutes(30)));
    }

    static UUID provision(TestTasks.Task task, String ownerUsername, Instant deadline) {
        UUID id = UUID.randomUUID();
        provisionRequest(id, task, KeycloakTokens.subject(ownerUsername), deadline)
                .statusCode(201);
        return id;
    }

    static ValidatableResponse provisionRequest(UUID id, TestTasks.Task task, String ownerId, Instant deadline) {
        return given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "assessmentId", id.toString(),
                        "taskId", task.id().toString(),
                        "ownerId", ownerId,
                        "deadline", deadline.toString()))
                .post("/internal/sandboxes")
                .then();
    }

    static ValidatableResponse finalizeSandbox(UUID id) {
        return given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .post("/internal/sandboxes/" + id + "/finalize")
                .then();
    }

    static void destroy(UUID id) {
        given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .delete("/internal/sandboxes/" + id)
                .then()
                .statusCode(204);
    }

    static ValidatableResponse run(UUID id, String username, String command) {
        return given().auth()
                .oauth2(KeycloakTokens.accessToken(username))
                .contentType(ContentType.JSON)
                .body(Map.of("command", command))
                .post("/api/assessments/" + id + "/run")
                .then();
    }

    private Sandboxes() {}
}

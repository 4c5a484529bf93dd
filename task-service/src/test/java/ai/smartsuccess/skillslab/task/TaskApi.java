package ai.smartsuccess.skillslab.task;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Small helpers over the task API for tests. */
public final class TaskApi {

    /** A valid body for a new task; tests change or add fields. */
    public static Map<String, Object> newTask(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "## Task Description\n\nA task made by a test.");
        body.put("taskType", "code_generation");
        return body;
    }

    public static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    public static UUID create(String token, Map<String, Object> body) {
        String id = as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static UUID upload(String token, UUID taskId, String path, String visibility, String content) {
        String id = as(token)
                .multiPart("file", path.substring(path.lastIndexOf('/') + 1), content.getBytes(StandardCharsets.UTF_8))
                .multiPart("path", path)
                .multiPart("visibility", visibility)
                .post("/api/tasks/" + taskId + "/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** Publishes a task of the caller; {@code isPublic} null leaves the flag as it is. */
    public static void publish(String token, UUID taskId, Boolean isPublic) {
        RequestSpecification request = as(token);
        if (isPublic != null) {
            request = request.contentType(ContentType.JSON).body(Map.of("isPublic", isPublic));
        }
        request.post("/api/tasks/" + taskId + "/publish")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("published"));
    }

    /** A new task of the caller, published at once. */
    public static UUID createPublished(String token, Map<String, Object> body) {
        UUID id = create(token, body);
        publish(token, id, null);
        return id;
    }

    /** Removes a task a test made (assessment-service says it has no assessments, so it is really deleted). */
    public static void delete(String token, UUID taskId) {
        as(token).delete("/api/tasks/" + taskId).then().statusCode(204);
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private TaskApi() {}
}

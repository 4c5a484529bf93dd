package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every task endpoint × every kind of caller: anonymous, an individual, the business that owns the task, another
 * business, an admin, and a service. Each cell states the status that caller must get. The owner's task is private
 * (and published), so for everyone but its owner and admins it does not exist (404); an individual is refused business
 * endpoints (403); an admin may read everything but change only their own tasks, and may not publish others' tasks
 * (404: publishing is the creator's alone).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskAuthorizationMatrixTest {

    static final String DEFAULT_TASK = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    static final List<String> CALLERS =
            List.of("anonymous", "individual", "owner", "other business", "admin", "service");

    Map<String, String> tokens;
    UUID task;
    UUID starterFile;
    UUID hiddenFile;
    String defaultHiddenFile;
    final List<UUID> created = new ArrayList<>();

    /** Runs inside the test factory: rest-assured knows the test port only once a test method runs. */
    void setUp() {
        tokens = new java.util.HashMap<>();
        tokens.put("individual", accessToken(CANDIDATE));
        tokens.put("owner", accessToken(BUSINESS));
        tokens.put("other business", accessToken(KeycloakUsers.secondBusiness()));
        tokens.put("admin", accessToken(ADMIN));
        tokens.put("service", KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT));
        task = TaskApi.createPublished(tokens.get("owner"), newTask("Matrix private task"));
        starterFile = TaskApi.upload(tokens.get("owner"), task, "main.py", "starter", "print(1)\n");
        hiddenFile =
                TaskApi.upload(tokens.get("owner"), task, "hidden_tests/test_main.py", "hidden", "import unittest\n");
        defaultHiddenFile = as(tokens.get("admin"))
                .get("/api/tasks/" + DEFAULT_TASK + "/files")
                .then()
                .statusCode(200)
                .extract()
                .path("files.find { it.visibility == 'hidden' }.id");
    }

    void tearDown() {
        for (UUID id : created) {
            as(tokens.get("owner")).delete("/api/tasks/" + id);
            as(tokens.get("other business")).delete("/api/tasks/" + id);
            as(tokens.get("admin")).delete("/api/tasks/" + id);
        }
        as(tokens.get("owner")).delete("/api/tasks/" + task).then().statusCode(204);
    }

    /** One endpoint: how to call it, then the expected status for each caller in {@link #CALLERS} order. */
    record Row(String endpoint, Function<String, Response> call, int... expected) {}

    List<Row> rows() {
        return List.of(
                new Row("GET /api/tasks", t -> as(t).get("/api/tasks"), 401, 200, 200, 200, 200, 403),
                new Row("GET /api/tasks/{private}", t -> as(t).get("/api/tasks/" + task), 401, 404, 200, 404, 200, 403),
                new Row(
                        "GET /api/tasks/{default}",
                        t -> as(t).get("/api/tasks/" + DEFAULT_TASK),
                        401,
                        200,
                        200,
                        200,
                        200,
                        403),
                new Row(
                        "POST /api/tasks",
                        t -> track(as(t).contentType(ContentType.JSON)
                                .body(newTask("Matrix created task"))
                                .post("/api/tasks")),
                        401,
                        403,
                        201,
                        201,
                        201,
                        403),
                new Row(
                        "PUT /api/tasks/{private}",
                        t -> as(t).contentType(ContentType.JSON)
                                .body(Map.of("timeLimitMinutes", 60))
                                .put("/api/tasks/" + task),
                        401,
                        403,
                        200,
                        404,
                        403,
                        403),
                new Row(
                        "PUT /api/tasks/{default}",
                        t -> as(t).contentType(ContentType.JSON)
                                .body(Map.of("timeLimitMinutes", 60))
                                .put("/api/tasks/" + DEFAULT_TASK),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403),
                new Row(
                        "DELETE /api/tasks/{own fresh task}",
                        t -> as(t).delete("/api/tasks/" + freshTask()),
                        401,
                        403,
                        204,
                        404,
                        403,
                        403),
                new Row(
                        "DELETE /api/tasks/{default}",
                        t -> as(t).delete("/api/tasks/" + DEFAULT_TASK),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403),
                new Row(
                        "POST /api/tasks/{private}/publish",
                        t -> as(t).post("/api/tasks/" + task + "/publish"),
                        401,
                        403,
                        200,
                        404,
                        404,
                        403),
                new Row(
                        "POST /api/tasks/{default}/publish",
                        t -> as(t).post("/api/tasks/" + DEFAULT_TASK + "/publish"),
                        401,
                        403,
                        404,
                        404,
                        404,
                        403),
                new Row(
                        "POST /api/tasks/{private}/duplicate",
                        t -> track(as(t).post("/api/tasks/" + task + "/duplicate")),
                        401,
                        403,
                        201,
                        404,
                        201,
                        403),
                new Row(
                        "POST /api/tasks/{default}/duplicate",
                        t -> track(as(t).post("/api/tasks/" + DEFAULT_TASK + "/duplicate")),
                        401,
                        403,
                        201,
                        201,
                        201,
                        403),
                new Row(
                        "GET /api/tasks/{private}/files",
                        t -> as(t).get("/api/tasks/" + task + "/files"),
                        401,
                        404,
                        200,
                        404,
                        200,
                        403),
                new Row(
                        "POST /api/tasks/{private}/files",
                        t -> as(t).multiPart("file", "extra.md", "x\n".getBytes(StandardCharsets.UTF_8))
                                .multiPart("path", "docs/" + UUID.randomUUID() + ".md")
                                .post("/api/tasks/" + task + "/files"),
                        401,
                        403,
                        201,
                        404,
                        403,
                        403),
                new Row(
                        "POST /api/tasks/{default}/files",
                        t -> as(t).multiPart("file", "extra.md", "x\n".getBytes(StandardCharsets.UTF_8))
                                .post("/api/tasks/" + DEFAULT_TASK + "/files"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        403),
                new Row(
                        "GET /api/tasks/{private}/files/{starter}",
                        t -> as(t).get("/api/tasks/" + task + "/files/" + starterFile),
                        401,
                        404,
                        200,
                        404,
                        200,
                        403),
                new Row(
                        "GET /api/tasks/{private}/files/{hidden}",
                        t -> as(t).get("/api/tasks/" + task + "/files/" + hiddenFile),
                        401,
                        404,
                        200,
                        404,
                        200,
                        403),
                new Row(
                        "GET /api/tasks/{default}/files/{hidden}",
                        t -> as(t).get("/api/tasks/" + DEFAULT_TASK + "/files/" + defaultHiddenFile),
                        401,
                        404,
                        404,
                        404,
                        200,
                        403),
                new Row(
                        "DELETE /api/tasks/{private}/files/{fresh file}",
                        t -> as(t).delete("/api/tasks/" + task + "/files/" + freshFile()),
                        401,
                        403,
                        204,
                        404,
                        403,
                        403),
                new Row(
                        "GET /internal/tasks/{private}",
                        t -> as(t).get("/internal/tasks/" + task),
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                new Row(
                        "GET /internal/tasks/{private}/bundle",
                        t -> as(t).get("/internal/tasks/" + task + "/bundle"),
                        401,
                        403,
                        403,
                        403,
                        403,
                        200));
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_caller() {
        setUp();
        Stream<DynamicTest> cells = rows().stream().flatMap(row -> {
            assertThat(row.expected()).hasSize(CALLERS.size());
            return java.util.stream.IntStream.range(0, CALLERS.size()).mapToObj(i -> {
                String caller = CALLERS.get(i);
                int expected = row.expected()[i];
                return DynamicTest.dynamicTest(row.endpoint() + " as " + caller + " -> " + expected, () -> {
                    Response response = row.call().apply(tokens.get(caller));
                    assertThat(response.statusCode())
                            .as(row.endpoint() + " as " + caller + ": " + response.asString())
                            .isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                });
            });
        });
        return Stream.concat(cells, Stream.of(DynamicTest.dynamicTest("clean up", this::tearDown)));
    }

    private Response track(Response response) {
        if (response.statusCode() == 201) {
            created.add(UUID.fromString(response.path("id")));
        }
        return response;
    }

    /** A new task of the owner, for cells that delete one. */
    private UUID freshTask() {
        UUID id = TaskApi.create(tokens.get("owner"), newTask("Matrix task to delete"));
        created.add(id);
        return id;
    }

    private UUID freshFile() {
        return TaskApi.upload(tokens.get("owner"), task, "docs/" + UUID.randomUUID() + ".md", "starter", "x\n");
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class InternalSandboxResourceTest {

    @Inject
    S3Client s3;

    @Test
    void provisioning_creates_a_ready_sandbox_with_the_starter_files_and_is_idempotent() {
        UUID id = UUID.randomUUID();
        String owner = KeycloakTokens.subject(CANDIDATE);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        String sandboxId = Sandboxes.provisionRequest(id, TestTasks.PYTHON, owner, deadline)
                .statusCode(201)
                .body("assessmentId", equalTo(id.toString()))
                .body("backend", equalTo("local"))
                .body("status", equalTo("ready"))
                .body("readyMillis", greaterThanOrEqualTo(0))
                .extract()
                .path("sandboxId");
        assertThat(sandboxId).isNotBlank();

        Sandboxes.provisionRequest(id, TestTasks.PYTHON, owner, deadline)
                .statusCode(200)
                .body("sandboxId", equalTo(sandboxId));

        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id + "/files")
                .then()
                .statusCode(200)
                .body("entries.path", hasItem("main.py"))
                .body("entries.path", hasItem("tests/test_calc.py"))
                .body("entries.path", not(hasItem("hidden_tests")))
                .body("entries.path", not(hasItem("hidden_tests/test_hidden_calc.py")));

        String starter = new String(
                s3.getObjectAsBytes(r -> r.bucket("submissions").key(id + "/starter-files.json"))
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(JsonPath.from(starter).getList("files.path")).contains("main.py", "calc.py");
        Sandboxes.destroy(id);
    }

    /**
     * A run made just before submitting is in the session's activity before finalize answers, up to the sequence it
     * answers (assessment-service seals the session's tracking once it has taken that much), and a repeated finalize
     * answers the same sequence.
     */
    @Test
    void finalize_answers_the_last_activity_sequence_which_covers_the_runs_before_it() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        Sandboxes.run(id, CANDIDATE, "python3 -m unittest discover -s tests").statusCode(200);
        Sandboxes.run(id, CANDIDATE, "echo last-run-before-submit").statusCode(200);

        Sandboxes.finalizeSandbox(id).statusCode(200).body("activitySequence", equalTo(2));
        Sandboxes.finalizeSandbox(id).statusCode(200).body("activitySequence", equalTo(2));

        List<com.fasterxml.jackson.databind.JsonNode> events =
                ActivityTopic.awaitEvents(id, found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(events)
                .hasSize(2)
                .allMatch(event -> "test_run".equals(event.path("kind").asText()));
        assertThat(ActivityTopic.gapless(events)).isTrue();
        assertThat(events.get(1).path("data").path("command").asText()).isEqualTo("echo last-run-before-submit");
    }

    @Test
    void finalize_snapshots_the_workspace_runs_the_hidden_unittest_suite_and_is_idempotent() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        // The candidate fixes nothing but adds a file and a cache that the snapshot must leave out.
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("content", "notes\n"))
                .put("/api/assessments/" + id + "/files/NOTES.md")
                .then()
                .statusCode(200);
        Sandboxes.run(id, CANDIDATE, "python3 main.py && mkdir -p __pycache__ && echo x > __pycache__/junk.pyc")
                .statusCode(200);

        JsonPath first = Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .body("assessmentId", equalTo(id.toString()))
                .body("finalFiles.bucket", equalTo("submissions"))
                .body("finalFiles.key", equalTo(id + "/final-files.json"))
                .body("starterFiles.key", equalTo(id + "/starter-files.json"))
                .body("hiddenTests.runner", equalTo("python-unittest"))
                .body("hiddenTests.total", equalTo(2))
                .body("hiddenTests.passed", equalTo(1))
                .body("hiddenTests.failed", equalTo(1))
                .body("hiddenTests.timedOut", equalTo(false))
                .extract()
                .jsonPath();
        List<Map<String, Object>> tests = first.getList("hiddenTests.tests");
        assertThat(tests)
                .anySatisfy(t -> {
                    assertThat((String) t.get("name")).endsWith("test_add");
                    assertThat(t.get("passed")).isEqualTo(false);
                    assertThat((String) t.get("message")).contains("AssertionError");
                })
                .anySatisfy(t -> {
                    assertThat((String) t.get("name")).endsWith("test_sub");
                    assertThat(t.get("passed")).isEqualTo(true);
                });
        assertThat(first.getList("files.path", String.class))
                .contains("main.py", "calc.py", "NOTES.md")
                .noneMatch(p -> p.startsWith("__pycache__") || p.startsWith("hidden_tests"));
        assertThat(first.getString("files.find { it.path == 'NOTES.md' }.sha256"))
                .isEqualTo(sha256("notes\n"));

        String stored = new String(
                s3.getObjectAsBytes(r -> r.bucket("submissions").key(id + "/final-files.json"))
                        .asByteArray(),
                StandardCharsets.UTF_8);
        JsonPath snapshot = JsonPath.from(stored);
        assertThat(snapshot.getString("files.find { it.path == 'NOTES.md' }.content"))
                .isEqualTo("notes\n");
        assertThat(snapshot.getString("files.find { it.path == 'NOTES.md' }.encoding"))
                .isEqualTo("utf-8");

        // A repeated finalize answers the stored result; the workspace is gone for the candidate.
        Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .body("hiddenTests.passed", equalTo(1))
                .body("files.size()", equalTo(first.getList("files").size()));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id + "/files")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Sandboxes.destroy(id);
    }

    @Test
    void finalize_runs_a_node_test_suite_with_per_test_results() {
        UUID id = Sandboxes.provision(TestTasks.NODE, CANDIDATE);
        JsonPath result = Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .body("hiddenTests.runner", equalTo("node-test"))
                .body("hiddenTests.total", equalTo(2))
                .body("hiddenTests.passed", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(result.getString("hiddenTests.tests.find { it.name == 'numbers > halves' }.message"))
                .contains("8 !== 2");
        assertThat(result.getBoolean("hiddenTests.tests.find { it.name == 'numbers > doubles' }.passed"))
                .isTrue();
    }

    @Test
    void a_task_without_hidden_tests_finalizes_with_runner_none() {
        UUID id = Sandboxes.provision(TestTasks.NO_HIDDEN, CANDIDATE);
        Sandboxes.finalizeSandbox(id)
                .statusCode(200)
                .body("hiddenTests.runner", equalTo("none"))
                .body("hiddenTests.total", equalTo(0))
                .body("files.path", hasItem("README.md"));
    }

    @Test
    void destroy_is_idempotent_and_ends_the_session() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        Sandboxes.destroy(id);
        Sandboxes.destroy(id);
        Sandboxes.destroy(UUID.randomUUID());
        Sandboxes.run(id, CANDIDATE, "true").statusCode(409);
        Sandboxes.finalizeSandbox(id).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void unknown_tasks_and_assessments_are_404_and_bad_input_names_the_field() {
        Sandboxes.provisionRequest(
                        UUID.randomUUID(),
                        new TestTasks.Task(UUID.randomUUID(), "python", null, "none", Map.of(), Map.of()),
                        "someone",
                        Instant.now().plusSeconds(600))
                .statusCode(404)
                .contentType("application/problem+json");
        Sandboxes.finalizeSandbox(UUID.randomUUID()).statusCode(404);
        given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "assessmentId",
                        UUID.randomUUID().toString(),
                        "taskId",
                        TestTasks.PYTHON.id().toString()))
                .post("/internal/sandboxes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("ownerId"))
                .body("errors.field", hasItem("deadline"));
        Sandboxes.provisionRequest(
                        UUID.randomUUID(),
                        TestTasks.PYTHON,
                        "someone",
                        Instant.now().minusSeconds(5))
                .statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
    }

    @Test
    void only_services_may_call_the_internal_api() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .post("/internal/sandboxes/" + UUID.randomUUID() + "/finalize")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().post("/internal/sandboxes/" + UUID.randomUUID() + "/finalize")
                .then()
                .statusCode(401)
                .body("type", notNullValue());
    }

    /**
     * Least privilege between services: only assessment-service's client holds sandbox:provision (and with it this
     * service's audience). A service token issued for other services (the orchestrator's own, for task-service; the
     * gateway's, for Keycloak's admin API) is refused as a token of another audience (401); a token with this audience
     * but without the role (a user's) gets 403.
     */
    @Test
    void the_internal_api_takes_only_the_provisioning_role_of_a_token_issued_for_this_service() {
        String finalize = "/internal/sandboxes/" + UUID.randomUUID() + "/finalize";
        for (KeycloakTokens.ServiceClient other :
                List.of(KeycloakTokens.ServiceClient.SANDBOX, KeycloakTokens.ServiceClient.GATEWAY)) {
            given().auth()
                    .oauth2(KeycloakTokens.serviceToken(other))
                    .post(finalize)
                    .then()
                    .statusCode(401);
        }
        given().auth()
                .oauth2(accessToken(KeycloakTokens.BUSINESS))
                .post(finalize)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .post(finalize)
                .then()
                .statusCode(404);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static ai.smartsuccess.skillslab.task.TaskApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskManagementResourceTest {

    static final String DEFAULT_BUG_FIX_TASK = "a1b2c3d4-e5f6-7890-abcd-ef1234567893";

    String business = accessToken(BUSINESS);
    String candidate = accessToken(CANDIDATE);
    String admin = accessToken(ADMIN);

    @Test
    void a_task_created_without_evaluation_config_gets_the_default_of_its_type() {
        UUID id = UUID.fromString(as(business)
                .contentType(ContentType.JSON)
                .body(with(newTask("Fix the flaky importer"), "taskType", "bug_fix"))
                .post("/api/tasks")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/tasks/"))
                .body("title", equalTo("Fix the flaky importer"))
                .body("difficulty", equalTo("intermediate"))
                .body("timeLimitMinutes", equalTo(120))
                .body("isDefault", equalTo(false))
                .body("isPublic", equalTo(false))
                .body("isActive", equalTo(true))
                .body("maxAttempts", equalTo(1))
                .body("creatorId", equalTo(KeycloakUsers.subjectOf(BUSINESS)))
                .body("evaluationConfig.categoryWeights.planning", equalTo(25))
                .body("evaluationConfig.subitemWeights.outcome_quality.correctness", equalTo(45))
                .body("evaluationConfig.subitemWeights.planning.problem_understanding", equalTo(35))
                .body("evaluationConfig.levelThresholds.explorer.max", equalTo(39))
                .body("evaluationConfig.levelThresholds.innovator.max", equalTo(100))
                .body("evaluationConfig.customCategories.size()", equalTo(0))
                .extract()
                .path("id"));
        try {
            as(business)
                    .get("/api/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .body("evaluationConfig.subitemWeights.prompt_engineering.iteration_efficiency", equalTo(30));
        } finally {
            TaskApi.delete(business, id);
        }
    }

    @Test
    void a_private_task_is_seen_by_its_creator_and_admins_only() {
        UUID id = TaskApi.createPublished(business, newTask("Private screening task"));
        try {
            as(business).get("/api/tasks/" + id).then().statusCode(200);
            as(admin).get("/api/tasks/" + id).then().statusCode(200);
            as(candidate).get("/api/tasks/" + id).then().statusCode(404).contentType("application/problem+json");
            as(accessToken(KeycloakUsers.secondBusiness()))
                    .get("/api/tasks/" + id)
                    .then()
                    .statusCode(404);
            as(business)
                    .queryParam("limit", 100)
                    .get("/api/tasks")
                    .then()
                    .statusCode(200)
                    .body("tasks.id", hasItem(id.toString()));
            as(candidate)
                    .queryParam("isDefault", false)
                    .queryParam("limit", 100)
                    .get("/api/tasks")
                    .then()
                    .statusCode(200)
                    .body("tasks.id", not(hasItem(id.toString())));
        } finally {
            TaskApi.delete(business, id);
        }
    }

    @Test
    void a_public_task_is_seen_by_everyone_only_while_active_and_inside_its_access_window() {
        UUID id = TaskApi.createPublished(business, with(newTask("Public practice task"), "isPublic", true));
        try {
            as(candidate).get("/api/tasks/" + id).then().statusCode(200);
            as(candidate)
                    .queryParam("isDefault", false)
                    .queryParam("limit", 100)
                    .get("/api/tasks")
                    .then()
                    .body("tasks.id", hasItem(id.toString()));

            put(id, Map.of("isActive", false)).then().statusCode(200).body("isActive", equalTo(false));
            as(candidate).get("/api/tasks/" + id).then().statusCode(404);
            as(candidate)
                    .queryParam("isDefault", false)
                    .queryParam("limit", 100)
                    .get("/api/tasks")
                    .then()
                    .body("tasks.id", not(hasItem(id.toString())));
            as(business).get("/api/tasks/" + id).then().statusCode(200);

            put(
                            id,
                            Map.of(
                                    "isActive",
                                    true,
                                    "accessStartDate",
                                    OffsetDateTime.now().plusDays(1).toString()))
                    .then()
                    .statusCode(200);
            as(candidate).get("/api/tasks/" + id).then().statusCode(404);

            put(
                            id,
                            Map.of(
                                    "accessStartDate",
                                    OffsetDateTime.now().minusDays(2).toString(),
                                    "accessEndDate",
                                    OffsetDateTime.now().minusDays(1).toString()))
                    .then()
                    .statusCode(200);
            as(candidate).get("/api/tasks/" + id).then().statusCode(404);

            java.util.Map<String, Object> reopen = new java.util.HashMap<>();
            reopen.put("accessEndDate", null);
            put(id, reopen).then().statusCode(200).body("accessEndDate", nullValue());
            as(candidate).get("/api/tasks/" + id).then().statusCode(200);
        } finally {
            TaskApi.delete(business, id);
        }
    }

    @Test
    void an_update_changes_only_the_fields_it_names_and_null_clears_an_optional_one() {
        UUID id = TaskApi.create(business, with(newTask("Partial update task"), "maxAttempts", 3));
        try {
            put(id, Map.of("timeLimitMinutes", 90))
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Partial update task"))
                    .body("timeLimitMinutes", equalTo(90))
                    .body("maxAttempts", equalTo(3));
            java.util.Map<String, Object> unlimited = new java.util.HashMap<>();
            unlimited.put("maxAttempts", null);
            put(id, unlimited).then().statusCode(200).body("maxAttempts", nullValue());
            put(
                            id,
                            Map.of(
                                    "evaluationConfig",
                                    Map.of(
                                            "categoryWeights",
                                            Map.of(
                                                    "planning", 10,
                                                    "prompt_engineering", 40,
                                                    "tool_orchestration", 20,
                                                    "outcome_quality", 30))))
                    .then()
                    .statusCode(200)
                    .body("evaluationConfig.categoryWeights.prompt_engineering", equalTo(40))
                    .body("evaluationConfig.subitemWeights.outcome_quality.correctness", equalTo(40));
            as(business)
                    .get("/api/tasks/" + id)
                    .then()
                    .body("timeLimitMinutes", equalTo(90))
                    .body("maxAttempts", nullValue())
                    .body("evaluationConfig.categoryWeights.planning", equalTo(10));
        } finally {
            TaskApi.delete(business, id);
        }
    }

    @Test
    void a_custom_category_is_stored_with_its_weights() {
        Map<String, Object> config = Map.of(
                "categoryWeights",
                Map.of(
                        "planning", 20,
                        "prompt_engineering", 20,
                        "tool_orchestration", 20,
                        "outcome_quality", 20,
                        "security_awareness", 20),
                "subitemWeights",
                Map.of("security_awareness", Map.of("secret_handling", 60, "input_validation", 40)),
                "customCategories",
                List.of(Map.of(
                        "key",
                        "security_awareness",
                        "name",
                        "Security awareness",
                        "description",
                        "Keeps secrets out of prompts and code; validates input.",
                        "subitems",
                        List.of(
                                Map.of(
                                        "key", "secret_handling",
                                        "name", "Secret handling",
                                        "description", "No secrets in prompts or code",
                                        "signal", "context_management"),
                                Map.of(
                                        "key", "input_validation",
                                        "name", "Input validation",
                                        "description", "Rejects bad input",
                                        "signal", "edge_case_handling")))));
        UUID id = TaskApi.create(business, with(newTask("Custom weights task"), "evaluationConfig", config));
        try {
            as(business)
                    .get("/api/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .body("evaluationConfig.categoryWeights.security_awareness", equalTo(20))
                    .body("evaluationConfig.subitemWeights.security_awareness.secret_handling", equalTo(60))
                    .body("evaluationConfig.subitemWeights.planning.task_breakdown", equalTo(20))
                    .body("evaluationConfig.customCategories[0].subitems[1].signal", equalTo("edge_case_handling"));
        } finally {
            TaskApi.delete(business, id);
        }
    }

    @Test
    void deleting_a_task_without_assessments_removes_it_and_its_files() {
        UUID id = TaskApi.create(business, newTask("Task to delete"));
        UUID file = TaskApi.upload(business, id, "main.py", "starter", "print('hi')\n");
        as(business).delete("/api/tasks/" + id).then().statusCode(204).header("Skills-Lab-Task-Outcome", "deleted");
        as(business).get("/api/tasks/" + id).then().statusCode(404);
        as(business).get("/api/tasks/" + id + "/files/" + file).then().statusCode(404);
        as(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + id + "/bundle")
                .then()
                .statusCode(404);
    }

    @Test
    void deleting_a_task_that_has_assessments_archives_it() {
        UUID id = TaskApi.createPublished(business, with(newTask("Task with assessments"), "isPublic", true));
        TaskApi.upload(business, id, "main.py", "starter", "print('kept')\n");
        AssessmentEvents.started(id, 2);
        as(business).delete("/api/tasks/" + id).then().statusCode(204).header("Skills-Lab-Task-Outcome", "archived");
        as(business).get("/api/tasks/" + id).then().statusCode(200).body("archivedAt", notNullValue());
        as(candidate).get("/api/tasks/" + id).then().statusCode(404);
        as(business)
                .queryParam("isDefault", false)
                .queryParam("limit", 100)
                .get("/api/tasks")
                .then()
                .body("tasks.id", not(hasItem(id.toString())));
        put(id, Map.of("title", "Renamed")).then().statusCode(409).contentType("application/problem+json");
        as(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + id + "/bundle")
                .then()
                .statusCode(200)
                .body("starterFiles.path", hasItem("main.py"));

        // Cleanup only: nothing in the product forgets an assessment. Deleting again then removes the task.
        AssessmentEvents.forget(id);
        as(business).delete("/api/tasks/" + id).then().statusCode(204).header("Skills-Lab-Task-Outcome", "deleted");
        as(business).get("/api/tasks/" + id).then().statusCode(404);
    }

    @Test
    void duplicating_an_own_task_copies_files_and_config() {
        UUID id = TaskApi.create(
                business,
                with(with(newTask("Original task"), "hiddenTestRunner", "python-unittest"), "difficulty", "advanced"));
        TaskApi.upload(business, id, "app.py", "starter", "def run():\n    return 1\n");
        TaskApi.upload(business, id, "hidden_tests/test_app.py", "hidden", "import unittest\n");
        String copy = as(business)
                .post("/api/tasks/" + id + "/duplicate")
                .then()
                .statusCode(201)
                .body("title", equalTo("Copy of Original task"))
                .body("difficulty", equalTo("advanced"))
                .body("hiddenTestRunner", equalTo("python-unittest"))
                .body("files.path", hasItem("hidden_tests/test_app.py"))
                .extract()
                .path("id");
        try {
            String fileId = as(business)
                    .get("/api/tasks/" + copy + "/files")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("files.find { it.path == 'app.py' }.id");
            String content = as(business)
                    .get("/api/tasks/" + copy + "/files/" + fileId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(content).isEqualTo("def run():\n    return 1\n");
        } finally {
            TaskApi.delete(business, UUID.fromString(copy));
            TaskApi.delete(business, id);
        }
    }

    @Test
    void duplicating_a_default_task_copies_its_starter_files_but_never_its_hidden_tests() {
        String copy = as(business)
                .post("/api/tasks/" + DEFAULT_BUG_FIX_TASK + "/duplicate")
                .then()
                .statusCode(201)
                .body("isDefault", equalTo(false))
                .body("isPublic", equalTo(false))
                .body("hiddenTestRunner", equalTo("none"))
                .body("creatorId", equalTo(KeycloakUsers.subjectOf(BUSINESS)))
                .body("evaluationConfig.subitemWeights.outcome_quality.correctness", equalTo(45))
                .extract()
                .path("id");
        try {
            List<String> paths = as(business)
                    .get("/api/tasks/" + copy + "/files")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("files.path");
            assertThat(paths).isNotEmpty().noneMatch(p -> p.startsWith("hidden_tests/"));
        } finally {
            TaskApi.delete(business, UUID.fromString(copy));
        }
    }

    @Test
    void default_tasks_cannot_be_changed_through_the_api() {
        put(UUID.fromString(DEFAULT_BUG_FIX_TASK), Map.of("title", "Mine now"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(admin).delete("/api/tasks/" + DEFAULT_BUG_FIX_TASK).then().statusCode(403);
    }

    private io.restassured.response.Response put(UUID id, Map<String, Object> body) {
        return as(business).contentType(ContentType.JSON).body(body).put("/api/tasks/" + id);
    }
}

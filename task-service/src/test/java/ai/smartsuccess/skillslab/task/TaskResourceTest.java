package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.task.service.EvaluationRules;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskResourceTest {

    static final String REST_API_TASK = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    @Test
    void lists_the_eleven_default_tasks() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("isDefault", true)
                .queryParam("limit", 50)
                .get("/api/tasks")
                .then()
                .statusCode(200)
                .body("total", equalTo(11))
                .body("hasMore", equalTo(false))
                .body("tasks", hasSize(11))
                .body("tasks.title", hasItem("Build a REST API with AI Assistance"))
                .body("tasks.isDefault", everyItem(equalTo(true)));
    }

    @Test
    void pages_with_has_more() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("isDefault", true)
                .queryParam("limit", 5)
                .queryParam("offset", 5)
                .get("/api/tasks")
                .then()
                .statusCode(200)
                .body("tasks", hasSize(5))
                .body("hasMore", equalTo(true));
    }

    @Test
    void filters_by_type() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("type", "bug_fix")
                .queryParam("isDefault", true)
                .get("/api/tasks")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("tasks.taskType", everyItem(equalTo("bug_fix")));
    }

    @Test
    void an_unknown_filter_value_is_a_problem_naming_the_field() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("type", "poetry")
                .get("/api/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void one_task_has_its_starter_files_and_evaluation_config_but_never_hidden_tests() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/tasks/" + REST_API_TASK)
                .then()
                .statusCode(200)
                .body("title", equalTo("Build a REST API with AI Assistance"))
                .body("timeLimitMinutes", equalTo(120))
                .body("evaluationConfig.categoryWeights.planning", equalTo(25))
                .body("evaluationConfig.subitemWeights.outcome_quality.correctness", equalTo(40))
                .body("evaluationConfig.levelThresholds.explorer.min", equalTo(0))
                .body("files.path", hasItem("main.py"))
                .body("files.path", not(hasItem("hidden_tests/test_todo_api.py")));
    }

    @Test
    void an_unknown_task_is_404_problem() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/tasks/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void anonymous_callers_get_401_problem() {
        given().get("/api/tasks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void every_default_task_describes_itself_in_the_design_sections_and_ships_its_files() {
        List<Map<String, Object>> tasks = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .queryParam("isDefault", true)
                .queryParam("limit", 50)
                .get("/api/tasks")
                .then()
                .statusCode(200)
                .extract()
                .path("tasks");
        assertThat(tasks).hasSize(11);
        for (Map<String, Object> task : tasks) {
            String description = (String) task.get("description");
            assertThat(description)
                    .as(task.get("title").toString())
                    .contains("## Task Description", "## Requirements", "## Deliverables", "## Evaluation Focus")
                    .containsAnyOf("## Tech Stack", "## Context")
                    .contains("no network")
                    .doesNotContain("(Provided in task files)");
            given().auth()
                    .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                    .get("/internal/tasks/" + task.get("id") + "/bundle")
                    .then()
                    .statusCode(200)
                    .body("starterFiles.path", hasItem(org.hamcrest.Matchers.startsWith("tests/")))
                    .body("hiddenFiles.path", everyItem(org.hamcrest.Matchers.startsWith("hidden_tests/")))
                    .body("hiddenFiles.size()", org.hamcrest.Matchers.greaterThan(0));
        }
    }

    @Test
    void the_seeded_evaluation_configs_are_the_defaults_new_tasks_get() {
        for (String type :
                List.of("code_generation", "bug_fix", "system_design", "multi_agent", "open_ended", "refactoring")) {
            String id = given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .queryParam("isDefault", true)
                    .queryParam("type", type)
                    .get("/api/tasks")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("tasks[0].id");
            Map<String, Object> seeded = given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .get("/api/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("evaluationConfig");
            Map<String, Object> expected = new com.fasterxml.jackson.databind.ObjectMapper()
                    .convertValue(
                            EvaluationRules.defaultFor(type), new com.fasterxml.jackson.core.type.TypeReference<>() {});
            assertThat(seeded).as(type).isEqualTo(expected);
        }
    }

    @Test
    void the_bundle_is_for_services_only() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/internal/tasks/" + REST_API_TASK + "/bundle")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + REST_API_TASK + "/bundle")
                .then()
                .statusCode(200)
                .body("runtime", equalTo("python"))
                .body("hiddenTestRunner", equalTo("python-unittest"))
                .body("starterFiles.path", hasItem("todo_api/store.py"))
                .body("hiddenFiles.path", hasItem("hidden_tests/test_todo_api.py"));
    }

    /**
     * Hidden tests go only to the services whose clients hold tasks:read-hidden (assessment-service,
     * sandbox-orchestrator). The gateway's client (accounts only) has no task-service audience: 401, like any token
     * issued for another service. A user's token has the audience (the gateway forwards it) but not the role: 403.
     */
    @Test
    void hidden_tests_need_the_read_hidden_role_of_a_token_issued_for_task_service() {
        String bundle = "/internal/tasks/" + REST_API_TASK + "/bundle";
        for (KeycloakTokens.ServiceClient reader :
                List.of(KeycloakTokens.ServiceClient.ASSESSMENT, KeycloakTokens.ServiceClient.SANDBOX)) {
            given().auth()
                    .oauth2(KeycloakTokens.serviceToken(reader))
                    .get(bundle)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.GATEWAY))
                .get(bundle)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(accessToken(KeycloakTokens.ADMIN))
                .get(bundle)
                .then()
                .statusCode(403);
    }
}

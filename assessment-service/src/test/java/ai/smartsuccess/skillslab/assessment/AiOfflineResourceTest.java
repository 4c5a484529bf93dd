package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.assessment.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.assessment.support.StoredTracking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AiOfflineResourceTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void the_offline_assistant_is_always_listed() {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/ai/models")
                .then()
                .statusCode(200)
                .body("models.find { it.id == 'offline-assistant' }.name", equalTo("Skills Lab Offline Assistant"))
                .body("models.find { it.id == 'offline-assistant' }.provider", equalTo("offline"))
                .body("models.find { it.id == 'offline-assistant' }.offline", equalTo(true))
                .body("models.find { it.id == 'offline-assistant' }.maxTokens", equalTo(4096));
    }

    @Test
    void a_plan_request_gets_a_plan_with_the_tasks_time_budget_and_the_chat_survives_a_reload() {
        UUID id = Sessions.running(CANDIDATE);
        Map<String, Object> body = chat(id, "How should I plan the steps for this task?");
        String first = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .body("model", equalTo("offline-assistant"))
                .body("content", containsString("## A plan for \"Build a REST API with AI Assistance\""))
                .body("content", containsString("120 minutes"))
                .body("usage.outputTokens", greaterThan(0))
                .extract()
                .path("content");
        String again = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .extract()
                .path("content");
        assertThat(again).isEqualTo(first);

        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200)
                .body("chatHistory.size()", equalTo(4))
                .body("chatHistory[0].role", equalTo("user"))
                .body("chatHistory[0].content", equalTo("How should I plan the steps for this task?"))
                .body("chatHistory[1].role", equalTo("assistant"))
                .body("chatHistory[1].model", equalTo("offline-assistant"))
                .body("chatHistory[1].content", equalTo(first));
    }

    @Test
    void the_answer_streams_token_by_token_then_ends_with_usage() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        Response response = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(chat(
                        id,
                        "Traceback (most recent call last):\n  File \"todo_api/store.py\", line 12, in add\n"
                                + "KeyError: 'title'"))
                .post("/api/ai/chat/stream");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        List<JsonNode> events = sse(response.asString());
        List<JsonNode> deltas = events.stream()
                .filter(e -> e.path("type").asText().equals("delta"))
                .toList();
        assertThat(deltas).hasSizeGreaterThan(20);
        JsonNode done = events.get(events.size() - 1);
        assertThat(done.path("type").asText()).isEqualTo("done");
        assertThat(done.path("model").asText()).isEqualTo("offline-assistant");
        assertThat(done.path("usage").path("totalTokens").asInt()).isPositive();
        StringBuilder text = new StringBuilder();
        deltas.forEach(d -> text.append(d.path("text").asText()));
        assertThat(text.toString())
                .contains("## Debugging checklist")
                .contains("KeyError")
                .contains("todo_api/store.py")
                .contains("python3 -m unittest");

        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/assessments/" + id)
                .then()
                .body("chatHistory[1].content", equalTo(text.toString()))
                .body("chatHistory[1].complete", equalTo(true));
    }

    @Test
    void the_proxy_answers_only_within_a_running_assessment_of_the_caller() {
        UUID running = Sessions.running(CANDIDATE);
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(running, "hello"))
                .post("/api/ai/chat")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(chat(running, "hello"))
                .post("/api/ai/chat/stream")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        UUID pending = Sessions.create(CANDIDATE, PlatformStubs.stubTask(PlatformStubs.TaskStub.practice()));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(chat(pending, "hello"))
                .post("/api/ai/chat")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "model", "offline-assistant", "messages", List.of(Map.of("role", "user", "content", "hi"))))
                .post("/api/ai/chat")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("assessmentId"));
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "assessmentId",
                        running.toString(),
                        "model",
                        "gpt-9",
                        "messages",
                        List.of(Map.of("role", "system", "content", "hi"))))
                .post("/api/ai/chat")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("model"))
                .body("errors.field", hasItem("messages[0].role"));
    }

    @Test
    void prompts_and_answers_are_recorded_by_the_server_not_the_browser() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(chat(id, "Write unit tests for create_todo(title) and delete_todo(id)"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .body("content", containsString("class TestCreateTodo(unittest.TestCase)"));
        Sessions.submit(CANDIDATE, id);
        // The final tracking objects hold the server's ai_prompt and ai_response.
        List<JsonNode> events = StoredTracking.events(id);
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("ai_prompt", "ai_response");
        JsonNode prompt = events.get(0);
        assertThat(prompt.path("source").asText()).isEqualTo("server");
        assertThat(prompt.path("data").path("prompt").asText()).startsWith("Write unit tests");
        assertThat(prompt.path("data").path("provider").asText()).isEqualTo("offline");
        JsonNode answer = events.get(1);
        assertThat(answer.path("data").path("complete").asBoolean()).isTrue();
        assertThat(answer.path("data").path("requestId").asText())
                .isEqualTo(prompt.path("data").path("requestId").asText());
        assertThat(answer.path("data").path("outputTokens").asInt()).isPositive();
    }

    @Test
    void thirty_requests_a_minute_then_429_with_retry_after() {
        UUID id = Sessions.running(ADMIN);
        Response refused = null;
        // The window is a calendar minute: across a minute boundary the count starts again, so allow two windows.
        for (int i = 0; i < 62 && refused == null; i++) {
            Response response = given().auth()
                    .oauth2(accessToken(ADMIN))
                    .contentType(ContentType.JSON)
                    .body(chat(id, "hi"))
                    .post("/api/ai/chat");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a request past the limit").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.jsonPath().getString("type")).endsWith("/ai-rate-limited");
    }

    @Test
    void an_assessment_that_used_its_token_budget_gets_429() {
        UUID id = Sessions.running(CANDIDATE);
        // About 22,500 tokens of input: past the test profile's budget of 20,000 in one request.
        String long_ = "Please explain this log. " + "x".repeat(90_000);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(chat(id, long_))
                .post("/api/ai/chat")
                .then()
                .statusCode(200);
        Response refused = given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(chat(id, "and now?"))
                .post("/api/ai/chat");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("type")).endsWith("/ai-token-budget-exhausted");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }

    static Map<String, Object> chat(UUID assessmentId, String message) {
        return Map.of(
                "assessmentId", assessmentId.toString(),
                "model", "offline-assistant",
                "messages", List.of(Map.of("role", "user", "content", message)));
    }

    private List<JsonNode> sse(String body) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(mapper.readTree(line.substring(5).trim()));
            }
        }
        return events;
    }
}

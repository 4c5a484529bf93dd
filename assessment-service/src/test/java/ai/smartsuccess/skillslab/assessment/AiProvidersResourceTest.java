package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget;
import ai.smartsuccess.skillslab.assessment.support.Database;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.ProviderStubs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The AI proxy against WireMock replaying OpenAI's and Anthropic's real wire formats: JSON answers, SSE streams, errors,
 * rate-limit answers, timeouts, a stream cut in the middle; and bring-your-own-key.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AiProvidersResourceTest {

    private static final String OPENAI = "/openai" + ProviderStubs.OPENAI_CHAT_COMPLETIONS;
    private static final String ANTHROPIC = "/anthropic" + ProviderStubs.ANTHROPIC_MESSAGES;
    private static final String COMPATIBLE = "/compat" + ProviderStubs.OPENAI_CHAT_COMPLETIONS;
    /** What the providers answer to a chat (not streamed) in these tests. */
    private static final String OPENAI_ANSWER = "Start with the data model, then the routes.";

    private static final String ANTHROPIC_ANSWER = "Sketch the routes before you write them.";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The test profile's platform system prompt for the practice task. */
    private static final String SYSTEM =
            "You help a candidate with the task \"Build a REST API with AI Assistance\" (python).";

    @Inject
    AiBudget budget;

    @Test
    void openai_receives_the_platforms_system_prompt_and_the_sessions_own_chat_and_answers_with_its_counts() {
        UUID id = Sessions.running(BUSINESS);
        String marker = marker();
        stub(OPENAI, marker, ProviderStubs.openAiChat(OPENAI_ANSWER));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", marker + " How do I start?"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .body("content", equalTo("Start with the data model, then the routes."))
                .body("model", equalTo("gpt-4o-mini"))
                .body("usage.inputTokens", equalTo(21))
                .body("usage.outputTokens", equalTo(9))
                .body("usage.totalTokens", equalTo(30));
        PlatformStubs.wiremock()
                .verify(sent(OPENAI, marker)
                        .withHeader("Authorization", WireMock.equalTo("Bearer sk-platform-test-key-0000"))
                        .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("gpt-4o-mini")))
                        .withRequestBody(matchingJsonPath("$.max_tokens", WireMock.equalTo("4096")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages",
                                WireMock.equalToJson(
                                        messages("system", SYSTEM, "user", marker + " How do I start?")))));

        // The next turn carries only its own text; the provider gets the conversation as the server recorded it.
        String next = marker();
        stub(OPENAI, next, ProviderStubs.openAiChat(OPENAI_ANSWER));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "assessmentId",
                        id.toString(),
                        "model",
                        "gpt-4o-mini",
                        "message",
                        next + " Then?",
                        "maxTokens",
                        300))
                .post("/api/ai/chat")
                .then()
                .statusCode(200);
        PlatformStubs.wiremock()
                .verify(sent(OPENAI, next)
                        .withRequestBody(matchingJsonPath("$.max_tokens", WireMock.equalTo("300")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages",
                                WireMock.equalToJson(messages(
                                        "system",
                                        SYSTEM,
                                        "user",
                                        marker + " How do I start?",
                                        "assistant",
                                        "Start with the data model, then the routes.",
                                        "user",
                                        next + " Then?")))));
        assertThat(budget.charged(KeycloakTokens.subject(BUSINESS), id).await().indefinitely())
                .as("both answers cost what OpenAI counted")
                .isEqualTo(60);
    }

    @Test
    void openai_streams_chunk_by_chunk_and_reports_usage_at_the_end() throws IOException {
        UUID id = Sessions.running(BUSINESS);
        String marker = marker();
        stub(OPENAI, marker, ProviderStubs.openAiStream("Write", " a failing", " test", " first."));
        List<JsonNode> events = stream(id, "gpt-4o", marker + " tests?");
        assertThat(texts(events)).containsExactly("Write", " a failing", " test", " first.");
        JsonNode done = events.get(events.size() - 1);
        assertThat(done.path("type").asText()).isEqualTo("done");
        assertThat(done.path("usage").path("inputTokens").asInt()).isEqualTo(18);
        assertThat(done.path("usage").path("outputTokens").asInt()).isEqualTo(6);
        PlatformStubs.wiremock()
                .verify(sent(OPENAI, marker).withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true"))));
    }

    @Test
    void a_stream_cut_in_the_middle_ends_with_an_error_event_and_the_partial_answer_is_kept() throws IOException {
        UUID id = Sessions.running(BUSINESS);
        String marker = marker();
        stub(OPENAI, marker, ProviderStubs.openAiStreamCut("Write", " a failing"));
        List<JsonNode> events = stream(id, "gpt-4o", marker + " tests?");
        assertThat(texts(events)).containsExactly("Write", " a failing");
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("error");
        assertThat(last.path("detail").asText()).contains("stopped in the middle");

        String anthropicMarker = marker();
        stub(ANTHROPIC, anthropicMarker, ProviderStubs.anthropicStreamCut("Reproduce", " the bug"));
        List<JsonNode> cut = stream(id, "claude-3-haiku-20240307", anthropicMarker + " debug?");
        assertThat(texts(cut)).containsExactly("Reproduce", " the bug");
        assertThat(cut.get(cut.size() - 1).path("type").asText()).isEqualTo("error");

        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/assessments/" + id)
                .then()
                .body("chatHistory.findAll { it.role == 'assistant' }.content", hasItem("Write a failing"))
                .body("chatHistory.findAll { it.role == 'assistant' }.complete", not(hasItem(true)));
    }

    @Test
    void anthropic_answers_and_streams_in_its_own_format() throws IOException {
        UUID id = Sessions.running(BUSINESS);
        String marker = marker();
        stub(ANTHROPIC, marker, ProviderStubs.anthropicMessage(ANTHROPIC_ANSWER));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "claude-3-haiku-20240307", marker + " plan?"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .body("content", equalTo("Sketch the routes before you write them."))
                .body("usage.inputTokens", equalTo(19))
                .body("usage.outputTokens", equalTo(11));
        PlatformStubs.wiremock()
                .verify(sent(ANTHROPIC, marker)
                        .withHeader("x-api-key", WireMock.equalTo("sk-ant-platform-test-key-0000"))
                        .withHeader("anthropic-version", WireMock.matching(".+"))
                        .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("claude-3-haiku-20240307")))
                        .withRequestBody(matchingJsonPath("$.system[0].text", WireMock.equalTo(SYSTEM)))
                        .withRequestBody(matchingJsonPath(
                                "$.messages",
                                WireMock.equalToJson("[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\""
                                        + marker + " plan?\"}]}]"))));

        String streamed = marker();
        stub(ANTHROPIC, streamed, ProviderStubs.anthropicStream("Reproduce", " the bug", " with a test."));
        List<JsonNode> events = stream(id, "claude-sonnet-4-20250514", streamed + " debug?");
        assertThat(texts(events)).containsExactly("Reproduce", " the bug", " with a test.");
        JsonNode done = events.get(events.size() - 1);
        assertThat(done.path("type").asText()).isEqualTo("done");
        assertThat(done.path("usage").path("inputTokens").asInt()).isEqualTo(25);
        assertThat(done.path("usage").path("outputTokens").asInt()).isEqualTo(9);
        PlatformStubs.wiremock()
                .verify(sent(ANTHROPIC, streamed)
                        .withRequestBody(matchingJsonPath("$.stream", WireMock.equalTo("true")))
                        .withRequestBody(matchingJsonPath("$.system[0].text", WireMock.equalTo(SYSTEM)))
                        .withRequestBody(matchingJsonPath("$.messages.length()", WireMock.equalTo("3")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages[1].content[0].text",
                                WireMock.equalTo("Sketch the routes before you write them.")))
                        .withRequestBody(matchingJsonPath(
                                "$.messages[2].content[0].text", WireMock.equalTo(streamed + " debug?"))));
    }

    @Test
    void provider_errors_become_502_or_504_problems_without_secrets() {
        UUID id = Sessions.running(BUSINESS);
        String limited = marker();
        stub(OPENAI, limited, ProviderStubs.openAiError(429).withHeader("retry-after", "20"));
        String body = given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", limited + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/ai-provider-rate-limited"))
                .extract()
                .asString();
        assertThat(body).doesNotContain("org-Qx1");

        String refused = marker();
        stub(OPENAI, refused, ProviderStubs.openAiError(401));
        body = given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", refused + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(502)
                .body("type", equalTo("https://skillslab.dev/problems/ai-provider-key-refused"))
                .extract()
                .asString();
        assertThat(body).doesNotContain("sk-").doesNotContain("0000");

        String overloaded = marker();
        stub(ANTHROPIC, overloaded, ProviderStubs.anthropicError(529));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "claude-3-haiku-20240307", overloaded + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(502)
                .body("type", equalTo("https://skillslab.dev/problems/ai-provider-error"));

        String anthropicLimited = marker();
        stub(ANTHROPIC, anthropicLimited, ProviderStubs.anthropicError(429));
        List<JsonNode> events = stream(id, "claude-3-haiku-20240307", anthropicLimited + " hi");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("type").asText()).isEqualTo("error");
        assertThat(events.get(0).path("detail").asText()).contains("rate-limiting");

        String slow = marker();
        stub(OPENAI, slow, ProviderStubs.openAiChat(OPENAI_ANSWER).withFixedDelay(6_000));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", slow + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(504)
                .body("type", equalTo("https://skillslab.dev/problems/ai-provider-timeout"));

        String subject = KeycloakTokens.subject(BUSINESS);
        assertThat(budget.charged(subject, id).await().indefinitely())
                .as("failed calls give back the tokens they reserved")
                .isZero();
        assertThat(budget.inFlight(subject).await().indefinitely())
                .as("and their in-flight slots")
                .isZero();
    }

    @Test
    void an_openai_compatible_server_works_without_a_key() {
        UUID id = Sessions.running(BUSINESS);
        String marker = marker();
        stub(COMPATIBLE, marker, ProviderStubs.openAiChat(OPENAI_ANSWER));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/ai/models")
                .then()
                .body("models.id", hasItem("local-llama"));
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(chat(id, "local-llama", marker + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200)
                .body("content", equalTo("Start with the data model, then the routes."));
        PlatformStubs.wiremock()
                .verify(sent(COMPATIBLE, marker)
                        .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("llama3.1:8b"))));
    }

    @Test
    void candidates_bring_their_own_key_which_is_encrypted_and_never_shown() {
        String token = accessToken(BUSINESS);
        String ownKey = "sk-own-" + UUID.randomUUID().toString().replace("-", "");
        given().auth().oauth2(token).delete("/api/ai/keys/openai");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("provider", "openai", "apiKey", ownKey))
                .post("/api/ai/keys")
                .then()
                .statusCode(201)
                .body("provider", equalTo("openai"))
                .body("hint", equalTo("..." + ownKey.substring(ownKey.length() - 4)))
                .body(not(containsKey(ownKey)));
        String listed = given().auth()
                .oauth2(token)
                .get("/api/ai/keys")
                .then()
                .statusCode(200)
                .body("keys.provider", hasItem("openai"))
                .extract()
                .asString();
        assertThat(listed).doesNotContain(ownKey);
        byte[] stored = Database.storedKey(KeycloakTokens.subject(BUSINESS), "openai");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(ownKey);

        // A task that does not pay for AI: the candidate's own key is used.
        PlatformStubs.stubSandbox();
        UUID id = Sessions.started(
                BUSINESS, PlatformStubs.stubTask(TaskStub.practice().withOwnKeysOnly()));
        String marker = marker();
        stub(OPENAI, marker, ProviderStubs.openAiChat(OPENAI_ANSWER));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", marker + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200);
        PlatformStubs.wiremock()
                .verify(sent(OPENAI, marker).withHeader("Authorization", WireMock.equalTo("Bearer " + ownKey)));

        String ping = "ping";
        PlatformStubs.wiremock()
                .stubFor(post(urlPathEqualTo(OPENAI))
                        .withHeader("Authorization", WireMock.equalTo("Bearer " + ownKey))
                        .withRequestBody(matchingJsonPath("$.messages[0].content", WireMock.equalTo(ping)))
                        .willReturn(ProviderStubs.openAiChat(OPENAI_ANSWER)));
        given().auth()
                .oauth2(token)
                .post("/api/ai/keys/openai/test")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));

        given().auth().oauth2(token).delete("/api/ai/keys/openai").then().statusCode(204);
        given().auth().oauth2(token).delete("/api/ai/keys/openai").then().statusCode(404);
        // Without the key, that task's OpenAI models are refused; the offline assistant still answers.
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(chat(id, "gpt-4o-mini", marker() + " hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://skillslab.dev/problems/own-key-required"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(chat(id, "offline-assistant", "hi"))
                .post("/api/ai/chat")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("provider", "google", "apiKey", "abcdefgh1234"))
                .post("/api/ai/keys")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("provider"));
    }

    private static org.hamcrest.Matcher<String> containsKey(String key) {
        return org.hamcrest.Matchers.containsString(key);
    }

    private static String marker() {
        return "m-" + UUID.randomUUID();
    }

    private static void stub(String path, String marker, ResponseDefinitionBuilder answer) {
        PlatformStubs.wiremock()
                .stubFor(post(urlPathEqualTo(path))
                        .withRequestBody(containing(marker))
                        .willReturn(answer));
    }

    private static RequestPatternBuilder sent(String path, String marker) {
        return postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(marker));
    }

    private static Map<String, Object> chat(UUID id, String model, String message) {
        return Map.of("assessmentId", id.toString(), "model", model, "message", message);
    }

    /** OpenAI's {@code messages}: role, content, role, content... */
    private static String messages(String... roleAndContent) {
        List<Map<String, String>> messages = new ArrayList<>();
        for (int i = 0; i < roleAndContent.length; i += 2) {
            messages.add(Map.of("role", roleAndContent[i], "content", roleAndContent[i + 1]));
        }
        try {
            return JSON.writeValueAsString(messages);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> stream(UUID id, String model, String message) {
        Response response = given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(chat(id, model, message))
                .post("/api/ai/chat/stream");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (line.startsWith("data:")) {
                try {
                    events.add(JSON.readTree(line.substring(5).trim()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return events;
    }

    private static List<String> texts(List<JsonNode> events) {
        return events.stream()
                .filter(e -> e.path("type").asText().equals("delta"))
                .map(e -> e.path("text").asText())
                .toList();
    }
}

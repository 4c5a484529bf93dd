package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.assessment.support.Database;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.ProviderStubs;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A candidate's own OpenAI-compatible server (Ollama, vLLM) under AI keys: stored with its base URL, tested (its models
 * discovered from {@code GET /models}), chatted with, listed as the candidate's own; URLs that would make the service
 * call inside its own network are refused.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AiOwnServerResourceTest {

    private static final String KEYS = "/api/ai/keys";

    @Test
    void an_own_server_is_tested_offers_its_models_and_answers_with_the_key_never_shown_or_logged() {
        String token = accessToken(BUSINESS);
        String ownKey = "sk-own-server-" + UUID.randomUUID().toString().replace("-", "");
        String prefix = "/own-" + UUID.randomUUID();
        String baseUrl = PlatformStubs.wiremock().baseUrl() + prefix + "/v1";
        List<String> answers = new ArrayList<>();
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().auth().oauth2(token).delete(KEYS + "/openai-compatible");
            answers.add(given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("provider", "openai-compatible", "apiKey", ownKey, "baseUrl", baseUrl + "/"))
                    .post(KEYS)
                    .then()
                    .statusCode(201)
                    .body("provider", equalTo("openai-compatible"))
                    .body("hint", equalTo("..." + ownKey.substring(ownKey.length() - 4)))
                    .body("baseUrl", equalTo(baseUrl))
                    .extract()
                    .asString());
            byte[] stored = Database.storedKey(KeycloakTokens.subject(BUSINESS), "openai-compatible");
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(ownKey);

            PlatformStubs.wiremock()
                    .stubFor(get(urlPathEqualTo(prefix + "/v1/models"))
                            .withHeader("Authorization", WireMock.equalTo("Bearer " + ownKey))
                            .willReturn(okJson("{\"object\":\"list\",\"data\":["
                                    + "{\"id\":\"qwen2.5-coder:7b\",\"object\":\"model\",\"owned_by\":\"library\"},"
                                    + "{\"id\":\"llama3.2:3b\",\"object\":\"model\",\"owned_by\":\"library\"}]}")));
            answers.add(given().auth()
                    .oauth2(token)
                    .post(KEYS + "/openai-compatible/test")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(true))
                    .body("models", contains("openai-compatible/qwen2.5-coder:7b", "openai-compatible/llama3.2:3b"))
                    .extract()
                    .asString());
            PlatformStubs.wiremock().verify(getRequestedFor(urlPathEqualTo(prefix + "/v1/models")));

            // The workspace's list says whose key unlocks each model; the offline assistant is no longer the default.
            answers.add(given().auth()
                    .oauth2(token)
                    .get("/api/ai/models")
                    .then()
                    .statusCode(200)
                    .body("models.find { it.id == 'openai-compatible/qwen2.5-coder:7b' }.source", equalTo("own-key"))
                    .body(
                            "models.find { it.id == 'openai-compatible/qwen2.5-coder:7b' }.keyProvider",
                            equalTo("openai-compatible"))
                    .body("models.find { it.id == 'gpt-4o-mini' }.source", equalTo("platform"))
                    .body("models.find { it.id == 'offline-assistant' }.source", equalTo("offline"))
                    .body("models.find { it.id == 'offline-assistant' }.default", equalTo(false))
                    .body("models.findAll { it.default }.id", contains("openai-compatible/qwen2.5-coder:7b"))
                    .extract()
                    .asString());
            answers.add(given().auth()
                    .oauth2(token)
                    .get(KEYS)
                    .then()
                    .statusCode(200)
                    .body(
                            "keys.find { it.provider == 'openai-compatible' }.models",
                            contains("qwen2.5-coder:7b", "llama3.2:3b"))
                    .extract()
                    .asString());

            // A chat turn goes to the candidate's server, with their key, under the server's own model name.
            UUID id = Sessions.running(BUSINESS);
            String marker = "m-" + UUID.randomUUID();
            PlatformStubs.wiremock()
                    .stubFor(post(urlPathEqualTo(prefix + "/v1/chat/completions"))
                            .withRequestBody(containing(marker))
                            .willReturn(ProviderStubs.openAiChat("Write the test first.")));
            answers.add(given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "assessmentId",
                            id.toString(),
                            "model",
                            "openai-compatible/qwen2.5-coder:7b",
                            "message",
                            marker + " where do I start?"))
                    .post("/api/ai/chat")
                    .then()
                    .statusCode(200)
                    .body("content", equalTo("Write the test first."))
                    .extract()
                    .asString());
            PlatformStubs.wiremock()
                    .verify(postRequestedFor(urlPathEqualTo(prefix + "/v1/chat/completions"))
                            .withHeader("Authorization", WireMock.equalTo("Bearer " + ownKey))
                            .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("qwen2.5-coder:7b"))));

            // A model the server does not list is refused by name.
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("assessmentId", id.toString(), "model", "openai-compatible/other:1b", "message", "hi"))
                    .post("/api/ai/chat")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("model"));

            // The server refusing the key: the test says so and the key is marked invalid.
            PlatformStubs.wiremock()
                    .stubFor(get(urlPathEqualTo(prefix + "/v1/models"))
                            .atPriority(1)
                            .willReturn(ProviderStubs.openAiError(401)));
            answers.add(given().auth()
                    .oauth2(token)
                    .post(KEYS + "/openai-compatible/test")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("models", org.hamcrest.Matchers.empty())
                    .extract()
                    .asString());

            given().auth()
                    .oauth2(token)
                    .delete(KEYS + "/openai-compatible")
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(token)
                    .get("/api/ai/models")
                    .then()
                    .statusCode(200)
                    .body("models.id", not(hasItem("openai-compatible/qwen2.5-coder:7b")));
        } finally {
            root.removeHandler(capture);
            given().auth().oauth2(token).delete(KEYS + "/openai-compatible");
        }
        assertThat(answers).noneMatch(answer -> answer.contains(ownKey));
        assertThat(new ArrayList<>(logged)).noneMatch(line -> line.contains(ownKey));
    }

    @Test
    void base_urls_that_would_reach_inside_the_network_or_are_not_urls_are_refused_naming_baseUrl() {
        String token = accessToken(BUSINESS);
        for (String refused : List.of(
                "https://169.254.169.254/latest",
                "https://10.0.0.5/v1",
                "https://192.168.1.20:11434/v1",
                "https://172.16.0.1/v1",
                "https://127.0.0.1:11434/v1",
                "https://[::1]:8000/v1",
                "https://[fd00:ec2::254]/v1",
                "http://llm.example.com/v1",
                "ftp://llm.example.com/v1",
                "https://user:secret@llm.example.com/v1",
                "not a url")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("provider", "openai-compatible", "apiKey", "sk-own-1234567890", "baseUrl", refused))
                    .post(KEYS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("baseUrl"));
        }
        Map<String, Object> openai = new HashMap<>();
        openai.put("provider", "openai");
        openai.put("apiKey", "sk-own-1234567890");
        openai.put("baseUrl", "https://api.example.com/v1");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(openai)
                .post(KEYS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("baseUrl"));
        given().auth()
                .oauth2(token)
                .get(KEYS)
                .then()
                .statusCode(200)
                .body("keys.provider", not(hasItem("openai-compatible")));
    }
}

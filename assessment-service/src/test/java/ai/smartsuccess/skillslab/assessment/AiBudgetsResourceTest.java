package ai.smartsuccess.skillslab.assessment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.platform.test.ProviderStubs;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Budgets that hold under parallel requests: per assessment, per person and day, and in-flight slots, with small limits
 * and fresh accounts so that nothing depends on what earlier tests or runs spent.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
@TestProfile(AiBudgetsResourceTest.SmallBudgets.class)
class AiBudgetsResourceTest {

    private static final String OPENAI = "/openai" + ProviderStubs.OPENAI_CHAT_COMPLETIONS;

    @Inject
    AiBudget budget;

    /** Budgets a few requests exhaust, a short slot TTL, and no platform system prompt. */
    public static class SmallBudgets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.skillslab.ai.token-budget-per-assessment", "6000",
                    "%test.skillslab.ai.daily-token-budget-per-user", "9000",
                    "%test.skillslab.ai.in-flight-ttl", "PT10S",
                    "%test.skillslab.ai.system-prompt", "");
        }
    }

    @Test
    void parallel_requests_never_charge_more_than_the_assessments_budget() throws Exception {
        try (TempUser user = TempUsers.individual("ai-budget")) {
            UUID id = running(user.token());
            // About 3,000 tokens of input and up to 1,000 for the answer: two of them do not fit 6,000.
            Map<String, Object> body = Map.of(
                    "assessmentId",
                    id.toString(),
                    "model",
                    "offline-assistant",
                    "message",
                    "Explain this log please. " + "q".repeat(9_000),
                    "maxTokens",
                    1000);
            List<Response> answers = parallel(
                    8,
                    () -> given().auth()
                            .oauth2(user.token())
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post("/api/ai/chat"));

            List<Response> answered =
                    answers.stream().filter(r -> r.statusCode() == 200).toList();
            assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 200 || s == 429);
            assertThat(answered).isNotEmpty();
            assertThat(answers)
                    .filteredOn(r -> r.statusCode() == 429)
                    .extracting(r -> r.jsonPath().getString("type"))
                    .contains("https://skillslab.dev/problems/ai-token-budget-exhausted");
            long spent = answered.stream()
                    .mapToLong(r -> r.jsonPath().getLong("usage.totalTokens"))
                    .sum();
            long charged = budget.charged(user.id(), id).await().indefinitely();
            assertThat(charged).isLessThanOrEqualTo(6000).isEqualTo(spent);
            assertThat(budget.inFlight(user.id()).await().indefinitely()).isZero();
        }
    }

    @Test
    void at_most_two_answers_are_on_their_way_per_person_and_their_slots_come_back() throws Exception {
        try (TempUser user = TempUsers.individual("ai-in-flight")) {
            // Across assessments: the cap is the person's.
            UUID first = running(user.token());
            UUID second = running(user.token());
            String slow = "m-" + UUID.randomUUID();
            stubSlowStream(slow, 12, 6_000);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Response> a = pool.submit(() -> stream(user.token(), first, "gpt-4o-mini", slow + " a"));
                Future<Response> b = pool.submit(() -> stream(user.token(), second, "gpt-4o-mini", slow + " b"));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> budget.inFlight(user.id()).await().indefinitely() == 2);

                Response third = chat(user.token(), first, "hi");
                assertThat(third.statusCode()).isEqualTo(429);
                assertThat(third.contentType()).startsWith("application/problem+json");
                assertThat(third.jsonPath().getString("type")).endsWith("/ai-in-flight-limit");
                assertThat(third.jsonPath().getString("detail")).contains("2 answers are already being written");
                assertThat(third.header("Retry-After")).isEqualTo("5");

                assertThat(a.get().statusCode()).isEqualTo(200);
                assertThat(a.get().asString()).contains("\"type\":\"done\"");
                assertThat(b.get().statusCode()).isEqualTo(200);
            } finally {
                pool.shutdownNow();
            }
            assertThat(budget.inFlight(user.id()).await().indefinitely()).isZero();
            assertThat(chat(user.token(), first, "hi").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_goes_away_gives_its_slot_back_at_once() throws Exception {
        try (TempUser user = TempUsers.individual("ai-gone")) {
            UUID id = running(user.token());
            String slow = "m-" + UUID.randomUUID();
            stubSlowStream(slow, 40, 20_000);
            String body = "{\"assessmentId\":\"" + id + "\",\"model\":\"gpt-4o-mini\",\"message\":\"" + slow + "\"}";
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/ai/chat/stream HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                + user.token() + "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n"
                                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> budget.inFlight(user.id()).await().indefinitely() == 1);
            }
            // Long before the provider would have finished (20 s).
            await().atMost(Duration.ofSeconds(8))
                    .until(() -> budget.inFlight(user.id()).await().indefinitely() == 0);
        }
    }

    @Test
    void a_slot_left_by_a_crashed_instance_expires() {
        try (TempUser user = TempUsers.individual("ai-crash")) {
            UUID id = running(user.token());
            // Two reservations that nobody will settle, as when the instance holding them dies.
            for (int i = 0; i < 2; i++) {
                budget.reserve(user.id(), id, UUID.randomUUID(), 10, 10, 60)
                        .await()
                        .indefinitely();
            }
            Response refused = chat(user.token(), id, "hi");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.jsonPath().getString("type")).endsWith("/ai-in-flight-limit");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> budget.inFlight(user.id()).await().indefinitely() == 0);
            assertThat(chat(user.token(), id, "hi").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_daily_budget_holds_across_a_persons_assessments() {
        try (TempUser user = TempUsers.individual("ai-daily")) {
            // About 4,000 tokens of input each, with up to 500 for the answer: two fit the day's 9,000, a third not.
            Map<String, Object> ask = Map.of(
                    "model",
                    "offline-assistant",
                    "message",
                    "Explain this log please. " + "d".repeat(12_000),
                    "maxTokens",
                    500);
            long spent = 0;
            for (int i = 0; i < 2; i++) {
                UUID id = running(user.token());
                spent += given().auth()
                        .oauth2(user.token())
                        .contentType(ContentType.JSON)
                        .body(with(ask, id))
                        .post("/api/ai/chat")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("usage.totalTokens");
            }
            UUID third = running(user.token());
            Response refused = given().auth()
                    .oauth2(user.token())
                    .contentType(ContentType.JSON)
                    .body(with(ask, third))
                    .post("/api/ai/chat");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.jsonPath().getString("type")).endsWith("/ai-daily-token-budget-exhausted");
            assertThat(refused.jsonPath().getString("detail")).contains("9000 tokens a day");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
            assertThat(budget.charged(user.id(), third).await().indefinitely()).isZero();
            assertThat(budget.chargedToday(user.id()).await().indefinitely()).isEqualTo(spent);
        }
    }

    @Test
    void without_a_platform_system_prompt_the_provider_gets_only_the_conversation() {
        try (TempUser user = TempUsers.individual("ai-nosystem")) {
            UUID id = running(user.token());
            String marker = "m-" + UUID.randomUUID();
            PlatformStubs.wiremock()
                    .stubFor(post(urlPathEqualTo(OPENAI))
                            .withRequestBody(containing(marker))
                            .willReturn(ProviderStubs.openAiChat("Start with the data model, then the routes.")));
            given().auth()
                    .oauth2(user.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("assessmentId", id.toString(), "model", "gpt-4o-mini", "message", marker))
                    .post("/api/ai/chat")
                    .then()
                    .statusCode(200)
                    .body("content", equalTo("Start with the data model, then the routes."));
            PlatformStubs.wiremock()
                    .verify(postRequestedFor(urlPathEqualTo(OPENAI))
                            .withRequestBody(containing(marker))
                            .withRequestBody(matchingJsonPath(
                                    "$.messages",
                                    WireMock.equalToJson("[{\"role\":\"user\",\"content\":\"" + marker + "\"}]"))));
        }
    }

    /** OpenAI's stream with one word every {@code millis / words}: a provider still writing a long answer. */
    private static void stubSlowStream(String marker, int words, int millis) {
        String[] deltas = IntStream.range(0, words).mapToObj(i -> "w" + i + " ").toArray(String[]::new);
        PlatformStubs.wiremock()
                .stubFor(post(urlPathEqualTo(OPENAI))
                        .withRequestBody(containing(marker))
                        // The role chunk, the words, the finish, the usage and [DONE]: one event per chunk.
                        .willReturn(ProviderStubs.openAiStream(deltas).withChunkedDribbleDelay(words + 4, millis)));
    }

    private static Map<String, Object> with(Map<String, Object> ask, UUID id) {
        Map<String, Object> body = new java.util.HashMap<>(ask);
        body.put("assessmentId", id.toString());
        return body;
    }

    private static Response chat(String token, UUID id, String message) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("assessmentId", id.toString(), "model", "offline-assistant", "message", message))
                .post("/api/ai/chat");
    }

    private static Response stream(String token, UUID id, String model, String message) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("assessmentId", id.toString(), "model", model, "message", message))
                .post("/api/ai/chat/stream");
    }

    /** A running session of a fresh practice task. */
    private static UUID running(String token) {
        PlatformStubs.stubSandbox();
        UUID task = PlatformStubs.stubTask(TaskStub.practice());
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessmentId");
        given().auth()
                .oauth2(token)
                .post("/api/assessments/" + id + "/start")
                .then()
                .statusCode(200);
        return UUID.fromString(id);
    }

    private static List<Response> parallel(int count, java.util.concurrent.Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}

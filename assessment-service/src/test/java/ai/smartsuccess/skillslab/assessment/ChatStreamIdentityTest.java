package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code POST /api/ai/chat/stream} knows its caller before it reads a body, and still caps what it reads. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class ChatStreamIdentityTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void an_anonymous_chunked_upload_is_refused_before_its_body_is_read() throws Exception {
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/ai/chat/stream HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Accept: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] data = new byte[64 * 1024];
                Arrays.fill(data, (byte) 'x');
                byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < FIFTY_MB) {
                        out.write(head);
                        out.write(data);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(data.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // Expected: the server answers and closes instead of reading 50 MB.
                }
            });
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(head).startsWith("HTTP/1.1 401");
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
            assertThat(elapsedMillis).isLessThan(5_000);
            // The server closes the connection rather than draining the upload.
            writer.get(30, TimeUnit.SECONDS);
            assertThat(sent.get()).isLessThan(FIFTY_MB);
        }
    }

    @Test
    void a_known_caller_with_a_content_length_body_gets_the_stream() {
        UUID id = Sessions.running(CANDIDATE);
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(AiOfflineResourceTest.chat(id, "How should I plan the steps for this task?"))
                .post("/api/ai/chat/stream")
                .then()
                .statusCode(200)
                .contentType(containsString("text/event-stream"))
                .body(containsString("\"type\":\"done\""));
    }

    @Test
    void a_known_caller_with_a_chunked_body_gets_the_stream() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        HttpResponse<String> response = chunked(accessToken(CANDIDATE), chatJson(id, "How should I plan this?"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(response.body()).contains("\"type\":\"done\"");
    }

    @Test
    void an_oversized_chunked_body_of_a_known_caller_is_413() throws Exception {
        UUID id = Sessions.running(CANDIDATE);
        HttpResponse<String> response = chunked(accessToken(CANDIDATE), chatJson(id, "z".repeat(2_000_000)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_400() throws Exception {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body("{\"assessmentId\": not json")
                .post("/api/ai/chat/stream")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        HttpResponse<String> chunked = chunked(accessToken(CANDIDATE), "{\"assessmentId\": not json");
        assertThat(chunked.statusCode()).isEqualTo(400);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** Sent with Transfer-Encoding: chunked (the body's length is not told beforehand). */
    private HttpResponse<String> chunked(String token, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/ai/chat/stream"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String chatJson(UUID id, String message) {
        return "{\"assessmentId\":\"" + id + "\",\"model\":\"offline-assistant\",\"message\":\"" + message + "\"}";
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

package ai.smartsuccess.skillslab.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the sandbox orchestrator and task-service, for measuring the tracking path alone when those services
 * are not running. It answers provision, finalize and the task read with fixed, well-formed bodies; it plays no part in
 * the measured requests.
 */
final class SandboxStub implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"assessmentId\"\\s*:\\s*\"([0-9a-f-]+)\"");
    private static final Pattern FINALIZE = Pattern.compile("/internal/sandboxes/([0-9a-f-]+)/finalize");
    private final HttpServer server;

    SandboxStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/internal/sandboxes", this::sandbox);
        server.createContext("/api/tasks/", this::task);
        server.start();
    }

    private void sandbox(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher finalize = FINALIZE.matcher(exchange.getRequestURI().getPath());
        if (finalize.matches()) {
            String id = finalize.group(1);
            answer(exchange, 200, "{\"assessmentId\":\"" + id + "\",\"finalFiles\":{\"bucket\":\"submissions\","
                    + "\"key\":\"assessments/" + id + "/final.json\"},\"starterFiles\":{\"bucket\":\"submissions\","
                    + "\"key\":\"assessments/" + id + "/starter.json\"},\"files\":[\"main.py\"],\"hiddenTests\":"
                    + "{\"runner\":\"none\",\"total\":0,\"passed\":0,\"failed\":0,\"durationMs\":0,\"timedOut\":false,"
                    + "\"error\":null,\"tests\":[]}}");
            return;
        }
        Matcher id = ID.matcher(body);
        String assessmentId = id.find() ? id.group(1) : "unknown";
        answer(exchange, 201, "{\"assessmentId\":\"" + assessmentId + "\",\"sandboxId\":\"bench-" + assessmentId
                + "\",\"backend\":\"stub\",\"status\":\"ready\",\"readyMillis\":1}");
    }

    private void task(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/tasks/".length());
        answer(exchange, 200, "{\"id\":\"" + id + "\",\"title\":\"Build a REST API with AI Assistance\","
                + "\"description\":\"Build it.\",\"taskType\":\"code_generation\",\"difficulty\":\"basic\","
                + "\"timeLimitMinutes\":120,\"isDefault\":true,\"isActive\":true,\"usesPlatformKeys\":true,"
                + "\"maxAttempts\":null,\"runtime\":\"python\",\"creatorId\":null,\"evaluationConfig\":null}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package ai.smartsuccess.skillslab.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform's public API, as the workspace calls it. */
final class Api {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]*)");

    private final Options options;
    private final HttpClient http;
    private volatile String token;

    Api(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    void signIn() throws Exception {
        String form = "grant_type=password&client_id=skills-lab-cli&username="
                + URLEncoder.encode(options.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(options.password(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(options.keycloak() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(response, 200, "sign-in");
        token = field(response.body(), "access_token");
    }

    String createAndStart() throws Exception {
        HttpResponse<String> created = post("/api/assessments", "{\"taskId\":\"" + options.taskId() + "\"}");
        require(created, 201, "create");
        String id = field(created.body(), "assessmentId");
        require(post("/api/assessments/" + id + "/start", ""), 200, "start");
        return id;
    }

    void submit(String id) throws Exception {
        require(post("/api/assessments/" + id + "/submit", "{}"), 200, "submit " + id);
    }

    /** A connection for the measured requests: to {@code --url}, with the signed-in user's token. */
    TrackConnection trackConnection() {
        return new TrackConnection(options.url(), token);
    }

    static String trackPath(String assessmentId) {
        return "/api/assessments/" + assessmentId + "/track";
    }

    /** Preparation and submission: through {@code --setup-url}, never measured. */
    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                request(options.setupUrl(), path)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}

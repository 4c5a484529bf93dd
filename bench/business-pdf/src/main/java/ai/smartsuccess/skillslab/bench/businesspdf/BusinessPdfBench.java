package ai.smartsuccess.skillslab.bench.businesspdf;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Seeds scored attempts of one throw-away task (owned by the business the benchmark signs in as) with what a real
 * session leaves: a score report with strengths, improvements and evidence, the hidden run with its tests, the chat,
 * the starter files in the {@code submissions} bucket and tracking objects in the {@code tracking} bucket. Then times,
 * against a running assessment-service, one request at a time:
 *
 * <ul>
 *   <li>the JSON evidence report (timeline built from the tracking objects on every request);
 *   <li>the PDF, cold: before each request the attempt's score gets a new event id (as a re-score does), so the PDF is
 *       rendered, not served from the bucket (the response must say {@code X-Report-Cache: miss});
 *   <li>the PDF, cached ({@code hit}).
 * </ul>
 *
 * Prints p50/p95/p99/max and removes what it seeded (unless {@code --keep}).
 */
public final class BusinessPdfBench {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("help")) {
            System.out.println("""
                    Usage: bench/business-pdf/run.sh [options]
                      --url URL            assessment-service (default http://127.0.0.1:8082)
                      --db-url JDBC        database to seed (default jdbc:postgresql://127.0.0.1:5432/skillslab_test)
                      --db-user U          (default skillslab)      --db-password P (default skillslab)
                      --s3 URL             S3 endpoint (default http://127.0.0.1:9000)
                      --s3-access-key K    (default skillslab)      --s3-secret-key S (default skillslab-local-secret)
                      --realm URL          Keycloak realm (default http://localhost:8180/realms/skills-lab)
                      --user EMAIL         business account to sign in as (default business@demo.skillslab.dev)
                      --password P         (default demo-password)
                      --token T            an access token instead of signing in
                      --attempts N         scored attempts to seed (default 20)
                      --events N           tracking events per attempt (default 600)
                      --requests N         timed requests per measurement (default 60)
                      --warmup N           untimed requests first (default 10)
                      --sample FILE        also write one rendered PDF there
                      --keep               leave what was seeded
                    """);
            return;
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8082");
        int attempts = Integer.parseInt(o.getOrDefault("attempts", "20"));
        int events = Integer.parseInt(o.getOrDefault("events", "600"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "60"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = o.containsKey("token")
                ? o.get("token")
                : signIn(
                        http,
                        o.getOrDefault("realm", "http://localhost:8180/realms/skills-lab"),
                        o.getOrDefault("user", "business@demo.skillslab.dev"),
                        o.getOrDefault("password", "demo-password"));
        String owner = subject(token);
        UUID task = UUID.randomUUID();
        try (S3Client s3 = S3Client.builder()
                        .endpointOverride(URI.create(o.getOrDefault("s3", "http://127.0.0.1:9000")))
                        .region(Region.US_EAST_1)
                        .forcePathStyle(true)
                        .httpClient(UrlConnectionHttpClient.create())
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                o.getOrDefault("s3-access-key", "skillslab"),
                                o.getOrDefault("s3-secret-key", "skillslab-local-secret"))))
                        .build();
                Connection db = DriverManager.getConnection(
                        o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/skillslab_test"),
                        o.getOrDefault("db-user", "skillslab"),
                        o.getOrDefault("db-password", "skillslab"))) {
            long seedStart = System.nanoTime();
            Seeder seeder = new Seeder(db, s3, task, owner, events);
            List<UUID> ids = new ArrayList<>();
            try {
                for (int i = 0; i < attempts; i++) {
                    ids.add(seeder.attempt(i));
                }
                System.out.printf(
                        Locale.ROOT,
                        "seeded %d scored attempts with %d tracking events each for task %s (owner %s) in %.1f s%n",
                        ids.size(),
                        events,
                        task,
                        owner,
                        (System.nanoTime() - seedStart) / 1e9);
                run(http, url, token, db, ids, requests, warmup, o.get("sample"));
            } finally {
                if (!o.containsKey("keep")) {
                    seeder.clean(ids);
                    System.out.println("removed what was seeded");
                }
            }
        }
    }

    private static void run(
            HttpClient http,
            String url,
            String token,
            Connection db,
            List<UUID> ids,
            int requests,
            int warmup,
            String sample)
            throws Exception {
        Random random = new Random(42);
        // The JSON report: the timeline is built from the tracking objects on every request.
        long bytes = 0;
        for (int i = 0; i < warmup; i++) {
            get(http, url + "/api/business/reports/" + ids.get(random.nextInt(ids.size())), token, null);
        }
        long[] json = new long[requests];
        for (int i = 0; i < requests; i++) {
            String uri = url + "/api/business/reports/" + ids.get(random.nextInt(ids.size()));
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(http, uri, token, null);
            json[i] = (System.nanoTime() - start) / 1_000;
            bytes += response.body().length;
        }
        report("report JSON", json);
        System.out.printf(Locale.ROOT, "  average JSON size: %d KiB%n", bytes / requests / 1024);

        // The PDF, cold: a new score event id before each request, as a re-score brings.
        for (int i = 0; i < warmup; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            rescore(db, id);
            get(http, url + "/api/business/reports/" + id + "/pdf", token, "miss");
        }
        long[] cold = new long[requests];
        long pdfBytes = 0;
        byte[] one = null;
        for (int i = 0; i < requests; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            rescore(db, id);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(http, url + "/api/business/reports/" + id + "/pdf", token, "miss");
            cold[i] = (System.nanoTime() - start) / 1_000;
            pdfBytes += response.body().length;
            one = response.body();
        }
        report("PDF cold (rendered, then stored)", cold);
        System.out.printf(Locale.ROOT, "  average PDF size: %d KiB%n", pdfBytes / requests / 1024);
        if (sample != null && one != null) {
            Files.write(Path.of(sample), one);
            System.out.println("  one PDF written to " + sample);
        }

        // The PDF, cached: each attempt rendered once, then served from the bucket.
        for (UUID id : ids) {
            get(http, url + "/api/business/reports/" + id + "/pdf", token, null);
        }
        long[] warm = new long[requests];
        for (int i = 0; i < requests; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            long start = System.nanoTime();
            get(http, url + "/api/business/reports/" + id + "/pdf", token, "hit");
            warm[i] = (System.nanoTime() - start) / 1_000;
        }
        report("PDF cached (from the reports bucket)", warm);
    }

    private static void rescore(Connection db, UUID id) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("update assessment.scores set event_id = gen_random_uuid() where assessment_id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                what,
                sorted.length,
                percentile(sorted, 50) / 1000.0,
                percentile(sorted, 95) / 1000.0,
                percentile(sorted, 99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static HttpResponse<byte[]> get(HttpClient http, String uri, String token, String cache) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                    + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        }
        if (cache != null) {
            String said = response.headers().firstValue("X-Report-Cache").orElse("");
            if (!cache.equals(said)) {
                throw new IllegalStateException("GET " + uri + ": expected X-Report-Cache " + cache + ", got " + said);
            }
        }
        return response;
    }

    /** Writes attempts with everything a report reads. */
    private static final class Seeder {
        private final Connection db;
        private final S3Client s3;
        private final UUID task;
        private final String owner;
        private final int events;
        private final Random random = new Random(7);

        Seeder(Connection db, S3Client s3, UUID task, String owner, int events) throws SQLException {
            this.db = db;
            this.s3 = s3;
            this.task = task;
            this.owner = owner;
            this.events = events;
            db.setAutoCommit(true);
        }

        UUID attempt(int n) throws SQLException {
            UUID id = UUID.randomUUID();
            Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
            Instant submitted = started.plus(55, ChronoUnit.MINUTES);
            String starterKey = "assessments/" + id + "/starter-files.json";
            String starter = "def handler(request):\n    pass\n";
            s3.putObject(
                    r -> r.bucket("submissions").key(starterKey),
                    RequestBody.fromString("{\"files\":[{\"path\":\"app.py\",\"encoding\":\"utf-8\",\"content\":"
                            + quote(starter) + "}]}"));
            StringBuilder tests = new StringBuilder();
            int passed = 0;
            for (int t = 0; t < 10; t++) {
                boolean ok = random.nextInt(10) < 7;
                passed += ok ? 1 : 0;
                tests.append(t == 0 ? "" : ",")
                        .append("{\"name\":\"test_case_")
                        .append(t)
                        .append("\",\"passed\":")
                        .append(ok)
                        .append(ok ? "" : ",\"message\":\"AssertionError: 500 != 404 in test_case_" + t + "\"")
                        .append('}');
            }
            String submission = "{\"finalFiles\":null,\"starterFiles\":{\"bucket\":\"submissions\",\"key\":"
                    + quote(starterKey) + "},\"files\":[\"app.py\"],\"hiddenTests\":{\"runner\":\"python-unittest\","
                    + "\"total\":10,\"passed\":" + passed + ",\"failed\":" + (10 - passed) + ",\"durationMs\":900,"
                    + "\"timedOut\":false,\"error\":null,\"tests\":[" + tests + "],\"integrityFlags\":[]},"
                    + "\"activitySequence\":40}";
            try (PreparedStatement insert = db.prepareStatement(
                    """
                    insert into assessment.assessments (id, user_id, task_id, task_creator_id, status, attempt_number,
                        candidate, task_snapshot, started_at, deadline, submitted_at, time_spent_seconds, scored_at,
                        created_at, submission)
                    values (?, ?, ?, ?, 'scored', 1,
                        jsonb_build_object('userId', ?::text, 'email', ?::text, 'name', ?::text, 'userType', 'individual'),
                        jsonb_build_object('id', ?::text, 'title', 'Benchmark task: a REST API for todos',
                            'taskType', 'code_generation', 'difficulty', 'medium', 'timeLimitMinutes', 60,
                            'isDefault', false, 'creatorId', ?::text, 'usesPlatformKeys', true, 'runtime', 'python'),
                        ?::timestamptz, ?::timestamptz + interval '1 hour', ?::timestamptz, 3300, now(),
                        ?::timestamptz - interval '5 minutes', ?::jsonb)
                    """)) {
                int i = 1;
                insert.setObject(i++, id);
                insert.setString(i++, "bench-" + id);
                insert.setObject(i++, task);
                insert.setString(i++, owner);
                insert.setString(i++, "bench-" + id);
                insert.setString(i++, "candidate" + n + "@bench.example");
                insert.setString(i++, "Bench Candidate " + n + " Zoë Ångström");
                insert.setString(i++, task.toString());
                insert.setString(i++, owner);
                insert.setString(i++, started.toString());
                insert.setString(i++, started.toString());
                insert.setString(i++, submitted.toString());
                insert.setString(i++, started.toString());
                insert.setString(i, submission);
                insert.executeUpdate();
            }
            try (PreparedStatement score = db.prepareStatement(
                    "insert into assessment.scores (assessment_id, event_id, report) values (?, gen_random_uuid(), ?::jsonb)")) {
                score.setObject(1, id);
                score.setString(2, report(started, passed));
                score.executeUpdate();
            }
            try (PreparedStatement chat = db.prepareStatement(
                    "insert into assessment.chat_messages (id, assessment_id, role, content, model, provider,"
                            + " request_id, complete, created_at) values (?, ?, ?, ?, 'offline-assistant', 'offline',"
                            + " ?, true, ?::timestamptz)")) {
                for (int c = 0; c < 20; c++) {
                    chat.setObject(1, UUID.randomUUID());
                    chat.setObject(2, id);
                    chat.setString(3, c % 2 == 0 ? "user" : "assistant");
                    chat.setString(4, c % 2 == 0 ? "How should I handle a missing todo in DELETE?" : words(120));
                    chat.setObject(5, UUID.randomUUID());
                    chat.setString(6, started.plusSeconds(60L * c).toString());
                    chat.addBatch();
                }
                chat.executeBatch();
            }
            tracking(id, started);
            return id;
        }

        /** A session's tracking: prompts and answers, a file growing line by line, commands, test runs, focus. */
        private void tracking(UUID id, Instant started) throws SQLException {
            List<String> lines = new ArrayList<>(List.of("def handler(request):", "    pass", ""));
            List<String> objects = new ArrayList<>();
            StringBuilder ndjson = new StringBuilder();
            int inObject = 0;
            for (int e = 0; e < events; e++) {
                Instant at = started.plusMillis(e * 5000L);
                String line;
                switch (e % 10) {
                    case 0 -> line = event(e, "ai_prompt", at, "server", "{\"model\":\"offline-assistant\","
                            + "\"provider\":\"offline\",\"prompt\":" + quote(words(30)) + ",\"requestId\":\"r" + e + "\"}");
                    case 1 -> line = event(e, "ai_response", at, "server", "{\"model\":\"offline-assistant\","
                            + "\"response\":" + quote(words(150)) + ",\"inputTokens\":300,\"outputTokens\":200,"
                            + "\"requestId\":\"r" + (e - 1) + "\",\"latencyMs\":800,\"complete\":true}");
                    case 5 -> line = event(e, "terminal_command", at, "server", "{\"command\":\"python -m unittest\"}");
                    case 6 -> line = event(e, "test_run", at, "server", "{\"command\":\"python -m unittest\","
                            + "\"exitCode\":" + (e % 20 == 6 ? 1 : 0) + ",\"durationMs\":700,\"timedOut\":false,"
                            + "\"stopped\":false}");
                    case 9 -> line = event(e, "focus_change", at, "client", "{\"focused\":" + (e % 20 == 9) + "}");
                    default -> {
                        // The file grows and sometimes a line changes.
                        if (random.nextInt(4) == 0 && lines.size() > 3) {
                            lines.set(1 + random.nextInt(lines.size() - 2), "    value = compute(" + e + ")");
                        } else {
                            lines.add(lines.size() - 1, "    step_" + e + " = request.get(\"field_" + e + "\")");
                        }
                        line = event(e, "code_snapshot", at, "client", "{\"path\":\"app.py\",\"content\":"
                                + quote(String.join("\n", lines)) + "}");
                    }
                }
                ndjson.append(line).append('\n');
                if (++inObject == 100 || e == events - 1) {
                    objects.add(ndjson.toString());
                    ndjson.setLength(0);
                    inObject = 0;
                }
            }
            try (PreparedStatement row = db.prepareStatement(
                    "insert into assessment.tracking_objects (assessment_id, seq, bucket, object_key, event_count)"
                            + " values (?, ?, 'tracking', ?, ?)")) {
                for (int seq = 1; seq <= objects.size(); seq++) {
                    String key = "assessments/%s/events-%06d.ndjson".formatted(id, seq);
                    String body = objects.get(seq - 1);
                    s3.putObject(r -> r.bucket("tracking").key(key), RequestBody.fromString(body));
                    row.setObject(1, id);
                    row.setInt(2, seq);
                    row.setString(3, key);
                    row.setInt(4, (int) body.lines().count());
                    row.addBatch();
                }
                row.executeBatch();
            }
        }

        private String report(Instant started, int passed) {
            String evidence = "[{\"eventId\":\"e0\",\"timestamp\":" + quote(started.plusSeconds(60).toString())
                    + ",\"description\":" + quote(words(18)) + "},{\"eventId\":\"e10\",\"timestamp\":"
                    + quote(started.plusSeconds(110).toString()) + ",\"description\":" + quote(words(14)) + "}]";
            StringBuilder strengths = new StringBuilder();
            StringBuilder improvements = new StringBuilder();
            String[] categories = {"planning", "prompt_engineering", "tool_orchestration", "outcome_quality"};
            for (int i = 0; i < 4; i++) {
                strengths.append(i == 0 ? "" : ",").append("{\"category\":\"").append(categories[i])
                        .append("\",\"subitem\":\"clarity_specificity\",\"text\":").append(quote(words(40)))
                        .append(",\"evidence\":").append(evidence).append('}');
                improvements.append(i == 0 ? "" : ",").append("{\"category\":\"").append(categories[i])
                        .append("\",\"text\":").append(quote(words(35))).append(",\"evidence\":").append(evidence)
                        .append('}');
            }
            double score = 40 + random.nextInt(55);
            return "{\"finalScore\":" + score + ",\"proficiencyLevel\":\""
                    + (score >= 85 ? "innovator" : score >= 65 ? "architect" : score >= 40 ? "operator" : "explorer")
                    + "\",\"categoryScores\":{\"planning\":" + (30 + random.nextInt(70)) + ",\"prompt_engineering\":"
                    + (30 + random.nextInt(70)) + ",\"tool_orchestration\":" + (30 + random.nextInt(70))
                    + ",\"outcome_quality\":" + (30 + random.nextInt(70)) + "},\"subitemScores\":{},"
                    + "\"strengths\":[" + strengths + "],\"improvements\":[" + improvements + "],\"aiHighlights\":[],"
                    + "\"detailedAnalysis\":{\"summary\":" + quote(words(60)) + ",\"reviewerSummary\":"
                    + quote(words(80)) + ",\"aiUsageAnalysis\":{\"totalPrompts\":" + (events / 10)
                    + ",\"modelsUsed\":[\"offline-assistant\"],\"inputTokens\":18000,\"outputTokens\":12000,"
                    + "\"aiProvenance\":{\"aiShareOfFinalCode\":0.42}},\"testing\":{\"hiddenTests\":{\"ran\":true,"
                    + "\"total\":10,\"passed\":" + passed + ",\"counted\":true}},\"integrity\":{\"manipulationAttempts\":[],"
                    + "\"hiddenTestFlags\":[],\"stuffedSentencesIgnored\":0,\"notesAddressedToScoringIgnored\":0,"
                    + "\"evidence\":{\"signals\":[]},\"note\":\"Candidate text is read as data.\"}},"
                    + "\"scoringVersion\":\"1.3.0\",\"scoringModels\":[\"evidence-v1\"],\"failedEvaluators\":[]}";
        }

        private String words(int count) {
            String[] vocabulary = {"the", "route", "returns", "404", "when", "todo", "is", "missing", "test", "adds",
                "validation", "for", "title", "and", "handler", "checks", "input", "before", "store", "writes"};
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            return text.toString();
        }

        void clean(List<UUID> ids) throws SQLException {
            for (UUID id : ids) {
                for (String bucket : List.of("tracking", "submissions", "reports")) {
                    for (S3Object object : s3.listObjectsV2Paginator(
                                    r -> r.bucket(bucket).prefix("assessments/" + id + "/"))
                            .contents()) {
                        s3.deleteObject(r -> r.bucket(bucket).key(object.key()));
                    }
                }
            }
            try (PreparedStatement delete = db.prepareStatement("delete from assessment.assessments where task_id = ?")) {
                delete.setObject(1, task);
                delete.executeUpdate();
            }
        }
    }

    private static String event(int n, String type, Instant at, String source, String data) {
        return "{\"id\":\"e" + n + "\",\"type\":\"" + type + "\",\"timestamp\":\"" + at + "\",\"receivedAt\":\""
                + at.plusMillis(30) + "\",\"source\":\"" + source + "\",\"data\":" + data + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String signIn(HttpClient http, String realm, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=skills-lab-cli&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + response.statusCode());
        }
        return token.group(1);
    }

    /** The token's subject: the seeded task's creator, so that the endpoints show the attempts to this caller. */
    private static String subject(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Matcher sub = SUBJECT.matcher(payload);
        if (!sub.find()) {
            throw new IllegalStateException("the token has no subject");
        }
        return sub.group(1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("help") || name.equals("keep")) {
                options.put(name, "true");
            } else {
                options.put(name, args[++i]);
            }
        }
        return options;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private BusinessPdfBench() {}
}

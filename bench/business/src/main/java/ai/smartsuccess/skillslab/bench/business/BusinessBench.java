package ai.smartsuccess.skillslab.bench.business;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
import java.util.stream.Collectors;

/**
 * Seeds one throw-away task with scored candidates straight into the assessment schema (owned by the business the
 * benchmark signs in as, so that its endpoints see them), then times the business endpoints against a running
 * assessment-service: the candidate list sorted by score (page 0, size 20) and the comparison of 5 candidates, each
 * {@code --requests} times after a warm-up; the CSV export and the analytics once each. Prints p50/p95/p99/max and
 * removes what it seeded (unless {@code --keep}).
 */
public final class BusinessBench {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("help")) {
            System.out.println("""
                    Usage: bench/business/run.sh [options]
                      --url URL            assessment-service (default http://127.0.0.1:8082)
                      --db-url JDBC        database to seed (default jdbc:postgresql://127.0.0.1:5432/skillslab_test)
                      --db-user U          (default skillslab)      --db-password P (default skillslab)
                      --realm URL          Keycloak realm (default http://localhost:8180/realms/skills-lab)
                      --user EMAIL         business account to sign in as (default business@demo.skillslab.dev)
                      --password P         (default demo-password)
                      --token T            an access token instead of signing in
                      --candidates N       scored candidates to seed (default 5000)
                      --report-kb K        size of each score report's text, about (default 8)
                      --requests N         timed requests per endpoint (default 200)
                      --warmup N           untimed requests first (default 30)
                      --keep               leave the seeded rows in the database
                    """);
            return;
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8082");
        int candidates = Integer.parseInt(o.getOrDefault("candidates", "5000"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "30"));
        int reportKb = Integer.parseInt(o.getOrDefault("report-kb", "8"));
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
        try (Connection db = DriverManager.getConnection(
                o.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/skillslab_test"),
                o.getOrDefault("db-user", "skillslab"),
                o.getOrDefault("db-password", "skillslab"))) {
            long seedStart = System.nanoTime();
            List<UUID> ids = seed(db, task, owner, candidates, reportKb);
            System.out.printf(
                    Locale.ROOT,
                    "seeded %d scored candidates for task %s (owner %s) in %.1f s%n",
                    ids.size(),
                    task,
                    owner,
                    (System.nanoTime() - seedStart) / 1e9);
            try {
                run(http, url, token, task, ids, requests, warmup);
            } finally {
                if (!o.containsKey("keep")) {
                    clean(db, task);
                    System.out.println("removed the seeded rows");
                }
            }
        }
    }

    private static void run(
            HttpClient http, String url, String token, UUID task, List<UUID> ids, int requests, int warmup)
            throws Exception {
        String list = url + "/api/business/candidates?taskId=" + task + "&sortBy=score&order=desc&page=0&size=20";
        String body = get(http, list, token, 200).body();
        Matcher total = TOTAL.matcher(body);
        if (!total.find() || Long.parseLong(total.group(1)) != ids.size()) {
            throw new IllegalStateException("the list does not show the seeded candidates: " + abbreviate(body));
        }
        Random random = new Random(42);
        report("list (sorted by score, page 0, size 20)", time(http, token, requests, warmup, () -> list));
        report("compare (5 candidates)", time(http, token, requests, warmup, () -> url
                + "/api/business/candidates/compare?assessmentIds="
                + URLEncoder.encode(
                        random.ints(0, ids.size())
                                .distinct()
                                .limit(5)
                                .mapToObj(i -> ids.get(i).toString())
                                .collect(Collectors.joining(",")),
                        StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        HttpResponse<String> csv = get(http, url + "/api/business/candidates/export?format=csv&taskId=" + task, token, 200);
        System.out.printf(
                Locale.ROOT,
                "export (csv, %d rows, %d KiB): %.0f ms%n",
                csv.body().lines().count() - 1,
                csv.body().getBytes(StandardCharsets.UTF_8).length / 1024,
                (System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        get(http, url + "/api/business/analytics?taskId=" + task, token, 200);
        System.out.printf(Locale.ROOT, "analytics: %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    private interface Target {
        String next();
    }

    private static long[] time(HttpClient http, String token, int requests, int warmup, Target target)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(http, target.next(), token, 200);
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            String uri = target.next();
            long start = System.nanoTime();
            get(http, uri, token, 200);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        return micros;
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

    private static HttpResponse<String> get(HttpClient http, String uri, String token, int expected)
            throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    "GET " + uri + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response;
    }

    /**
     * The candidates and their score reports, in two statements run by the database. The reports have the shape
     * scoring-service writes (the sections the business endpoints read), with varied figures and about
     * {@code reportKb} KiB of incompressible text, as real reports carry their analysis and evidence.
     */
    private static List<UUID> seed(Connection db, UUID task, String owner, int count, int reportKb)
            throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement seed = db.prepareStatement("select setseed(0.42)")) {
            seed.execute();
        }
        try (PreparedStatement insert = db.prepareStatement(
                """
                insert into assessment.assessments (id, user_id, task_id, task_creator_id, status, attempt_number,
                    candidate, task_snapshot, started_at, deadline, submitted_at, time_spent_seconds, scored_at,
                    created_at)
                select gen_random_uuid(), 'bench-' || g, ?::uuid, ?, 'scored', 1,
                       jsonb_build_object('userId', 'bench-' || g, 'email', 'candidate' || g || '@bench.example',
                                          'name', 'Bench Candidate ' || g, 'userType', 'individual'),
                       jsonb_build_object('id', ?, 'title', 'Benchmark task', 'taskType', 'api',
                                          'difficulty', 'medium', 'timeLimitMinutes', 60, 'isDefault', false,
                                          'creatorId', ?, 'usesPlatformKeys', true, 'runtime', 'python'),
                       now() - interval '3 hours', now() - interval '2 hours',
                       now() - interval '2 hours' - (g % 1000) * interval '1 minute',
                       600 + (g * 37) % 3000, now(), now() - interval '4 hours'
                from generate_series(1, ?) g
                """)) {
            insert.setString(1, task.toString());
            insert.setString(2, owner);
            insert.setString(3, task.toString());
            insert.setString(4, owner);
            insert.setInt(5, count);
            insert.executeUpdate();
        }
        try (PreparedStatement scores = db.prepareStatement(
                """
                insert into assessment.scores (assessment_id, event_id, report)
                select a.id, gen_random_uuid(), jsonb_build_object(
                    'finalScore', round((15 + random() * 85)::numeric, 2),
                    'proficiencyLevel', (array['novice', 'practitioner', 'advanced', 'architect'])[1 + floor(random() * 4)::int],
                    'categoryScores', jsonb_build_object(
                        'planning', round((random() * 100)::numeric, 2),
                        'prompt_engineering', round((random() * 100)::numeric, 2),
                        'tool_orchestration', round((random() * 100)::numeric, 2),
                        'outcome_quality', round((random() * 100)::numeric, 2)),
                    'subitemScores', jsonb_build_object('prompt_engineering', jsonb_build_object(
                        'clarity_specificity', jsonb_build_object('raw', round((random() * 100)::numeric, 2),
                            'weight', 25, 'weighted', 20, 'evidenceScore', 80),
                        'context_management', jsonb_build_object('raw', round((random() * 100)::numeric, 2),
                            'weight', 25, 'weighted', 20, 'evidenceScore', 80))),
                    'strengths', '[]'::jsonb, 'improvements', '[]'::jsonb, 'aiHighlights', '[]'::jsonb,
                    'detailedAnalysis', jsonb_build_object(
                        'summary', 'Benchmark session.',
                        'categoryAnalysis', jsonb_build_object('planning', (
                            select string_agg(md5(random()::text || t || a.id::text), ' ')
                            from generate_series(1, ? * 1024 / 33) t)),
                        'timeAnalysis', jsonb_build_object('totalSeconds', a.time_spent_seconds,
                            'aiInteractionSeconds', a.time_spent_seconds / 5, 'codingSeconds', a.time_spent_seconds / 2,
                            'terminalSeconds', a.time_spent_seconds / 10, 'planningSeconds', a.time_spent_seconds / 10,
                            'idleSeconds', a.time_spent_seconds / 10, 'timeLimitSeconds', 3600),
                        'aiUsageAnalysis', jsonb_build_object('totalPrompts', floor(random() * 30)::int,
                            'modelsUsed', jsonb_build_array('offline-assistant'), 'inputTokens', 1200,
                            'outputTokens', 3400,
                            'promptPatterns', jsonb_build_object('avgPromptLength', 140, 'avgOwnWords', 21,
                                'usedCodeBlocks', true, 'askedQuestions', 3, 'promptsWithAnchors', 4,
                                'promptsCopyingTheTask', 0),
                            'repetition', jsonb_build_object('repeatedPrompts', 1, 'rate', 0.1),
                            'aiProvenance', jsonb_build_object('aiShareOfFinalCode', round(random()::numeric, 2))),
                        'testing', jsonb_build_object('hiddenTests', jsonb_build_object('ran', true, 'total', 10,
                            'passed', floor(random() * 11)::int, 'counted', true)),
                        'integrity', jsonb_build_object('manipulationAttempts', '[]'::jsonb,
                            'hiddenTestFlags', '[]'::jsonb, 'stuffedSentencesIgnored', 0,
                            'notesAddressedToScoringIgnored', 0,
                            'evidence', jsonb_build_object('signals', case when random() < 0.05
                                then '["evidence-incomplete"]'::jsonb else '[]'::jsonb end))),
                    'scoringVersion', '1.3.0', 'scoringModels', jsonb_build_array('evidence-v1'),
                    'failedEvaluators', '[]'::jsonb)
                from assessment.assessments a where a.task_id = ?::uuid
                """)) {
            scores.setInt(1, reportKb);
            scores.setString(2, task.toString());
            scores.executeUpdate();
        }
        db.commit();
        try (PreparedStatement analyze = db.prepareStatement("analyze assessment.assessments, assessment.scores")) {
            analyze.execute();
        }
        db.commit();
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select =
                        db.prepareStatement("select id from assessment.assessments where task_id = ?::uuid order by id");
                ResultSet rows = bind(select, task.toString()).executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        db.commit();
        return ids;
    }

    private static void clean(Connection db, UUID task) throws SQLException {
        try (PreparedStatement scores = db.prepareStatement(
                        "delete from assessment.scores where assessment_id in"
                                + " (select id from assessment.assessments where task_id = ?::uuid)");
                PreparedStatement assessments =
                        db.prepareStatement("delete from assessment.assessments where task_id = ?::uuid")) {
            bind(scores, task.toString()).executeUpdate();
            bind(assessments, task.toString()).executeUpdate();
        }
        db.commit();
    }

    private static PreparedStatement bind(PreparedStatement statement, String value) throws SQLException {
        statement.setString(1, value);
        return statement;
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

    /** The token's subject: the seeded task's creator, so that the endpoints show the candidates to this caller. */
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

    private BusinessBench() {}
}

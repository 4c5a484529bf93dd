package ai.smartsuccess.skillslab.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options, each with a default for the local platform. */
record Options(
        String url,
        String setupUrl,
        String keycloak,
        String user,
        String password,
        String taskId,
        int sessions,
        int concurrency,
        int batchSize,
        int seconds,
        int warmupSeconds,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        String bucket,
        int stubPort) {

    static final String HELP = """
            Drives POST /api/assessments/{id}/track with realistic batches from many concurrent sessions, then submits
            every session and checks that every accepted event is in its final tracking objects in S3.

              --url URL            where the measured tracking requests go (default http://localhost:8080, the
                                   gateway; 8082 = the service)
              --setup-url URL      where sessions are created, started and submitted (default
                                   http://localhost:8082, assessment-service itself, so that the gateway's
                                   per-user limit of 60 requests/min does not throttle preparing the sessions)
              --keycloak URL       realm URL (default http://localhost:8180/realms/skills-lab)
              --user NAME          candidate account (default candidate@demo.skillslab.dev)
              --password PW        (default demo-password)
              --task ID            task to take (default the first default task)
              --sessions N         concurrent assessments (default 100)
              --concurrency N      requests in flight (default 12)
              --batch N            events per request (default 50)
              --seconds N          measured duration (default 30)
              --warmup N           unmeasured warm-up seconds (default 10)
              --s3 URL             S3 endpoint for the count check (default http://127.0.0.1:9000)
              --bucket NAME        tracking bucket (default tracking)
              --stub-sandbox PORT  serve a stand-in sandbox orchestrator and task API on PORT, for measuring the
                                   tracking path when those services are not running (start assessment-service
                                   with SANDBOX_URL and TASK_SERVICE_URL pointing at it)
            """;

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(HELP);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + HELP);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        return new Options(
                given.getOrDefault("url", "http://localhost:8080").replaceAll("/$", ""),
                given.getOrDefault("setup-url", "http://localhost:8082").replaceAll("/$", ""),
                given.getOrDefault("keycloak", "http://localhost:8180/realms/skills-lab"),
                given.getOrDefault("user", "candidate@demo.skillslab.dev"),
                given.getOrDefault("password", "demo-password"),
                given.getOrDefault("task", "a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
                Integer.parseInt(given.getOrDefault("sessions", "100")),
                Integer.parseInt(given.getOrDefault("concurrency", "12")),
                Integer.parseInt(given.getOrDefault("batch", "50")),
                Integer.parseInt(given.getOrDefault("seconds", "30")),
                Integer.parseInt(given.getOrDefault("warmup", "10")),
                given.getOrDefault("s3", "http://127.0.0.1:9000"),
                given.getOrDefault("s3-access-key", "skillslab"),
                given.getOrDefault("s3-secret-key", "skillslab-local-secret"),
                given.getOrDefault("bucket", "tracking"),
                Integer.parseInt(given.getOrDefault("stub-sandbox", "0")));
    }
}

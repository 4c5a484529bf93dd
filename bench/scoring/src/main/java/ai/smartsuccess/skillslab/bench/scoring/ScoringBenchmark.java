package ai.smartsuccess.skillslab.bench.scoring;

import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.evaluate.Scorers;
import ai.smartsuccess.skillslab.scoring.service.input.ScoringInput;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import ai.smartsuccess.skillslab.scoring.service.judge.ScoreBlender;
import ai.smartsuccess.skillslab.scoring.service.preprocess.MiniLmSentenceEmbedder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Prints two figures for a typical session (about 200 events, 10 files, evidence only, no LLM judge):
 *
 * <ol>
 *   <li>pipeline throughput: sessions per second through parsing, preprocessing (embeddings included), the sixteen
 *       scorers, calculation and feedback, on as many threads as there are cores;
 *   <li>end-to-end latency: from producing AssessmentSubmitted on Kafka to receiving ScoreComputed, through a real
 *       scoring-service process with the real Kafka, S3Proxy and PostgreSQL (objects are stored before the event, as
 *       the assessment service does).
 * </ol>
 *
 * Arguments: pipeline seconds, end-to-end sessions, end-to-end rate per second, path of quarkus-run.jar.
 */
public final class ScoringBenchmark {

    static final String BOOTSTRAP = TestKafka.BOOTSTRAP;
    static final String LIFECYCLE = "bench.assessment-lifecycle";
    static final String RESULTS = "bench.score-results";
    static final int PORT = 18084;

    public static void main(String[] args) throws Exception {
        int pipelineSeconds = Integer.parseInt(args.length > 0 ? args[0] : "20");
        int sessions = Integer.parseInt(args.length > 1 ? args[1] : "200");
        double rate = Double.parseDouble(args.length > 2 ? args[2] : "10");
        String jar = args.length > 3 ? args[3] : "scoring-service/target/quarkus-app/quarkus-run.jar";
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        if (pipelineSeconds > 0) {
            pipeline(pipelineSeconds);
        }
        if (sessions > 0) {
            endToEnd(jar, sessions, rate);
        }
        System.exit(0);
    }

    static void pipeline(int seconds) throws Exception {
        ScoringEngine engine = new ScoringEngine(
                new MiniLmSentenceEmbedder(1), Scorers.all(), Optional.empty(), new ScoreBlender(15, 0.5));
        int threads = Runtime.getRuntime().availableProcessors();
        TypicalSession sample = new TypicalSession(1);
        System.out.printf("typical session: %d events, 10 files, %d KB of tracking%n", sample.events, sample.tracking.length / 1024);
        Object embedded = ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) score(engine, sample).detailedAnalysis()
                        .get("aiUsageAnalysis"))
                .get("repetition"))
                .get("promptsEmbedded");
        System.out.printf("prompts sent to the embedding model per session: %s of 12%n", embedded);
        for (int i = 0; i < 60; i++) {
            score(engine, new TypicalSession(1_000_000 + i));
        }
        List<TypicalSession> pool = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pool.add(new TypicalSession(i + 10));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 100; i++) {
            score(engine, pool.get(i));
        }
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / 100;
        System.out.printf("CPU time per session: %.1f ms (one thread), so %d idle cores could score about %.0f sessions/s%n",
                cpuMs, threads, threads * 1000 / cpuMs);
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            executor.submit(() -> {
                int i = offset;
                while (!stop.get()) {
                    score(engine, pool.get(i % pool.size()));
                    done.incrementAndGet();
                    i += threads;
                }
                return null;
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        executor.shutdown();
        executor.awaitTermination(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        ScoreReport report = score(engine, sample);
        System.out.printf("PIPELINE: %.1f sessions/s (%d sessions in %.1f s on %d threads; sample score %.2f %s)%n",
                done.get() / elapsed, done.get(), elapsed, threads, report.finalScore(), report.proficiencyLevel());
    }

    static ScoreReport score(ScoringEngine engine, TypicalSession s) throws Exception {
        ScoringInput input = new ScoringInput(
                s.submitted(new ObjectRef("tracking", "t"), new ObjectRef("submissions", "f"), new ObjectRef("submissions", "s")),
                SubmissionParser.parseTracking(s.tracking).events(),
                SubmissionParser.parseFiles(s.finalFiles),
                SubmissionParser.parseFiles(s.starterFiles),
                true,
                List.of());
        return engine.score(input);
    }

    static void endToEnd(String jar, int sessions, double rate) throws Exception {
        createTopics();
        Process service = startService(jar);
        try (S3Client s3 = s3();
                KafkaProducer<String, byte[]> producer = producer();
                KafkaConsumer<String, String> consumer = consumer()) {
            awaitReady();
            int warmup = 15;
            List<TypicalSession> all = new ArrayList<>();
            for (int i = 0; i < warmup + sessions; i++) {
                TypicalSession s = new TypicalSession(System.nanoTime() ^ (long) i << 20);
                upload(s3, s);
                all.add(s);
            }
            Map<UUID, Long> sent = new ConcurrentHashMap<>();
            Map<UUID, Long> received = new ConcurrentHashMap<>();
            Map<UUID, String> types = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        try {
                            JsonNode node = SubmissionParser.MAPPER.readTree(r.value());
                            UUID id = UUID.fromString(node.path("assessmentId").asText());
                            received.putIfAbsent(id, now);
                            types.putIfAbsent(id, node.path("type").asText());
                        } catch (Exception ignored) {
                            // not one of ours
                        }
                    }
                }
            });
            reader.start();
            long interval = (long) (1e9 / rate);
            long next = System.nanoTime();
            for (TypicalSession s : all) {
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                byte[] event = SubmissionParser.MAPPER.writeValueAsBytes(s.submitted(
                        ref("tracking", s, "tracking.ndjson"), ref("submissions", s, "final-files.json"),
                        ref("submissions", s, "starter-files.json")));
                sent.put(s.assessmentId, System.nanoTime());
                producer.send(new ProducerRecord<>(LIFECYCLE, s.assessmentId.toString(), event));
                next += interval;
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (received.size() < all.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            stop.set(true);
            reader.join();
            List<Double> latencies = new ArrayList<>();
            int failed = 0;
            for (TypicalSession s : all.subList(warmup, all.size())) {
                Long r = received.get(s.assessmentId);
                if (r != null) {
                    latencies.add((r - sent.get(s.assessmentId)) / 1e6);
                    if (!"ScoreComputed".equals(types.get(s.assessmentId))) {
                        failed++;
                    }
                }
            }
            Collections.sort(latencies);
            long firstSent = sent.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long firstReceived = received.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long lastReceived = received.values().stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf(
                    "timeline: first result %.1f s after the first submission, last %.1f s after; %d results at %.1f/s"
                            + " between the first and the last%n",
                    (firstReceived - firstSent) / 1e9, (lastReceived - firstSent) / 1e9, received.size(),
                    received.size() > 1 ? (received.size() - 1) / ((lastReceived - firstReceived) / 1e9) : 0.0);
            System.out.printf(
                    "END-TO-END: %d of %d sessions scored at %.1f submissions/s; latency p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                            + " %d ScoringFailed%n",
                    latencies.size(), sessions, rate, percentile(latencies, 50), percentile(latencies, 95),
                    latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), failed);
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static ObjectRef ref(String bucket, TypicalSession s, String name) {
        return new ObjectRef(bucket, "bench/" + s.assessmentId + "/" + name);
    }

    static void upload(S3Client s3, TypicalSession s) {
        put(s3, ref("tracking", s, "tracking.ndjson"), s.tracking);
        put(s3, ref("submissions", s, "final-files.json"), s.finalFiles);
        put(s3, ref("submissions", s, "starter-files.json"), s.starterFiles);
    }

    static void put(S3Client s3, ObjectRef ref, byte[] bytes) {
        // The local S3Proxy occasionally drops a connection under load; uploads are set-up, not measured.
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(r -> r.bucket(ref.bucket()).key(ref.key()), RequestBody.fromBytes(bytes));
                return;
            } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
                if (attempt == 8) {
                    throw e;
                }
                sleep(250L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void createTopics() throws Exception {
        Properties p = TestKafka.clientProperties();
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(LIFECYCLE, LIFECYCLE + ".dlq", RESULTS)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, 3, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    static Process startService(String jar) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xms64m",
                "-Xmx512m"));
        // Extra JVM options for the service, e.g. a flight recording: SCORING_BENCH_SERVICE_OPTS="-XX:StartFlightRecording=..."
        String extra = System.getenv("SCORING_BENCH_SERVICE_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + PORT,
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/skillslab_test",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/skillslab_test",
                "-Dmp.messaging.incoming.assessment-lifecycle.topic=" + LIFECYCLE,
                "-Dmp.messaging.incoming.assessment-lifecycle.group.id=scoring-bench",
                "-Dmp.messaging.incoming.assessment-lifecycle.auto.offset.reset=latest",
                "-Dmp.messaging.incoming.assessment-lifecycle.dead-letter-queue.topic=" + LIFECYCLE + ".dlq",
                "-Dmp.messaging.incoming.lifecycle-dead-letters.topic=" + LIFECYCLE + ".dlq",
                "-Dmp.messaging.incoming.lifecycle-dead-letters.group.id=scoring-bench-dead-letters",
                "-Dmp.messaging.outgoing.score-results.topic=" + RESULTS,
                "-jar",
                jar));
        File log = new File("target/bench-scoring-service.log");
        log.getParentFile().mkdirs();
        System.out.println("starting scoring-service on port " + PORT + " (log: " + log.getAbsolutePath() + ")");
        ProcessBuilder service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        // The bench's own topics and groups (bench.*) are no service's: the service logs in as the launcher's admin.
        // Through the environment, never the command line.
        service.environment().put("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP);
        service.environment().put("KAFKA_USERNAME", TestKafka.ADMIN);
        service.environment().put("KAFKA_PASSWORD", TestKafka.password(TestKafka.ADMIN));
        return service.start();
    }

    static void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Thread.sleep(3000); // let the consumer settle on its partitions
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("scoring-service did not become ready");
    }

    static S3Client s3() {
        return S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9000"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("skillslab", "skillslab-local-secret")))
                .forcePathStyle(true)
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    static KafkaProducer<String, byte[]> producer() {
        Properties p = TestKafka.clientProperties();
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("linger.ms", "0");
        return new KafkaProducer<>(p);
    }

    static KafkaConsumer<String, String> consumer() {
        Properties p = TestKafka.clientProperties();
        p.put("group.id", "scoring-bench-reader-" + UUID.randomUUID());
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(RESULTS).forEach(i -> partitions.add(new TopicPartition(RESULTS, i.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}

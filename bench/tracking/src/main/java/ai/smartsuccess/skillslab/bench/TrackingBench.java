package ai.smartsuccess.skillslab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The tracking benchmark: many concurrent sessions post batches to {@code /api/assessments/{id}/track} (through the
 * gateway by default) for a fixed time, in a closed loop with a fixed number of requests in flight (one worker thread
 * and one keep-alive connection each). It prints the
 * sustained events/s and the latency percentiles of the measured window, then submits every session and checks that
 * every accepted event is in the session's final tracking objects.
 */
public final class TrackingBench {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        SandboxStub stub = options.stubPort() > 0 ? new SandboxStub(options.stubPort()) : null;
        try {
            int failures = new TrackingBench(options).run();
            System.exit(failures == 0 ? 0 : 1);
        } finally {
            if (stub != null) {
                stub.close();
            }
        }
    }

    private final Options options;
    private final Api api;
    private final Batches batches = new Batches();
    private final Latencies latencies = new Latencies();
    private final AtomicLong measuredEvents = new AtomicLong();
    private final AtomicLong measuredRequests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private volatile boolean measuring;
    private volatile boolean stopping;

    private TrackingBench(Options options) {
        this.options = options;
        this.api = new Api(options);
    }

    private int run() throws Exception {
        System.out.printf(
                "tracking benchmark: %s, %d sessions, %d requests in flight, batches of %d, %d s measured after %d s"
                        + " warm-up%n",
                options.url(), options.sessions(), options.concurrency(), options.batchSize(), options.seconds(),
                options.warmupSeconds());
        api.signIn();
        List<String> sessions = startSessions();
        AtomicLongArray accepted = new AtomicLongArray(sessions.size());

        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < options.concurrency(); worker++) {
            Thread thread = new Thread(() -> work(sessions, accepted, next), "track-" + worker);
            thread.start();
            workers.add(thread);
        }
        Thread.sleep(options.warmupSeconds() * 1000L);
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(options.seconds() * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        stopping = true;
        for (Thread worker : workers) {
            worker.join();
        }

        System.out.printf(
                "requests: %d measured, %d errors | sustained: %.0f events/s (%.0f requests/s)%n",
                measuredRequests.get(), errors.get(), measuredEvents.get() / elapsed, measuredRequests.get() / elapsed);
        System.out.printf(
                "latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms (%d requests)%n",
                latencies.percentile(0.50), latencies.percentile(0.90), latencies.percentile(0.99),
                latencies.percentile(0.999), latencies.count());
        return submitAndCount(sessions, accepted);
    }

    private List<String> startSessions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> starts = new ArrayList<>();
            for (int i = 0; i < options.sessions(); i++) {
                starts.add(pool.submit(api::createAndStart));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> start : starts) {
                ids.add(start.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    /** One request in flight at a time per worker, on its own keep-alive connection; each answer sends the next batch. */
    private void work(List<String> sessions, AtomicLongArray accepted, AtomicInteger next) {
        try (TrackConnection connection = api.trackConnection()) {
            while (!stopping) {
                int index = Math.floorMod(next.getAndIncrement(), sessions.size());
                byte[] body = batches.next(options.batchSize()).getBytes(StandardCharsets.UTF_8);
                boolean measured = measuring;
                long sent = System.nanoTime();
                TrackConnection.Answer answer = null;
                IOException failure = null;
                try {
                    answer = connection.post(Api.trackPath(sessions.get(index)), body);
                } catch (IOException e) {
                    failure = e;
                }
                long nanos = System.nanoTime() - sent;
                record(answer, failure, index, accepted, measured && measuring, nanos);
            }
        }
    }

    private void record(
            TrackConnection.Answer answer,
            IOException failure,
            int index,
            AtomicLongArray accepted,
            boolean measured,
            long nanos) {
        if (failure != null || answer.status() != 200) {
            if (errors.incrementAndGet() <= 5) {
                System.out.println("  error: " + (failure != null ? failure : answer.status() + " " + answer.body()));
            }
            return;
        }
        long count = Long.parseLong(Api.field(answer.body(), "accepted"));
        duplicates.addAndGet(Long.parseLong(Api.field(answer.body(), "duplicates")));
        accepted.addAndGet(index, count);
        if (measured) {
            latencies.record(nanos);
            measuredRequests.incrementAndGet();
            measuredEvents.addAndGet(count);
        }
    }

    /** Submits every session (the final flush) and compares what each accepted with what its objects hold. */
    private int submitAndCount(List<String> sessions, AtomicLongArray accepted) throws Exception {
        long submitStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> submits = new ArrayList<>();
            for (String id : sessions) {
                submits.add(pool.submit(() -> {
                    api.submit(id);
                    return null;
                }));
            }
            for (Future<?> submit : submits) {
                submit.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("submitted %d sessions in %.1f s%n", sessions.size(), (System.nanoTime() - submitStart) / 1e9);

        long totalAccepted = 0;
        long totalFound = 0;
        long totalLines = 0;
        long objects = 0;
        int lostSessions = 0;
        try (CountCheck check = new CountCheck(options)) {
            for (int i = 0; i < sessions.size(); i++) {
                long[] found = check.count(sessions.get(i));
                totalAccepted += accepted.get(i);
                totalFound += found[0];
                totalLines += found[1];
                objects += found[2];
                if (found[0] != accepted.get(i)) {
                    lostSessions++;
                }
            }
        }
        long lost = totalAccepted - totalFound;
        long stored = totalLines - totalFound;
        boolean ok = lost == 0 && stored == 0 && lostSessions == 0;
        System.out.printf(
                "count check: %d events accepted, %d distinct in %d final tracking objects, %d lines stored;"
                        + " lost %d, stored twice %d, sessions off %d -> %s%n",
                totalAccepted, totalFound, objects, totalLines, lost, stored, lostSessions, ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }
}

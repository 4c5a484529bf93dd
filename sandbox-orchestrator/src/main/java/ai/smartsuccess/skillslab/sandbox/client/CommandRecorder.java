package ai.smartsuccess.skillslab.sandbox.client;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.sandbox.client.AssessmentEventsApi.EventBatch;
import ai.smartsuccess.skillslab.sandbox.client.AssessmentEventsApi.ServerEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Records what the candidate ran (terminal lines, run commands) with assessment-service, as evidence the browser cannot
 * forge. Asynchronous and batched: a slow or absent assessment-service never delays or fails the candidate's request;
 * failed batches are retried with backoff a few times, then dropped with a warning. Before a sandbox is finalized its
 * events are {@link #flush flushed}, so that a run made just before submitting is part of the session's record.
 */
@ApplicationScoped
public class CommandRecorder {

    private static final Logger LOG = Logger.getLogger(CommandRecorder.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_BATCH = 200;
    private static final int MAX_COMMAND_CHARS = 10_000;

    private final AssessmentEventsApi api;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(20_000);
    /** Per assessment, the events offered and not yet delivered or given up (queued, being sent, awaiting a retry). */
    private final Map<UUID, Integer> outstanding = new ConcurrentHashMap<>();

    private ScheduledExecutorService executor;
    private volatile boolean running;

    CommandRecorder(@RestClient AssessmentEventsApi api) {
        this.api = api;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        executor = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "command-recorder");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::drainLoop);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    public void terminalCommand(UUID assessmentId, String command) {
        offer(assessmentId, TrackingEventType.TERMINAL_COMMAND, Map.of("command", clip(command)));
    }

    public void testRun(
            UUID assessmentId, String command, int exitCode, long durationMs, boolean timedOut, boolean stopped) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("command", clip(command));
        data.put("exitCode", exitCode);
        data.put("durationMs", durationMs);
        data.put("timedOut", timedOut);
        data.put("stopped", stopped);
        offer(assessmentId, TrackingEventType.TEST_RUN, data);
    }

    private void offer(UUID assessmentId, TrackingEventType type, Map<String, Object> data) {
        ServerEvent event = new ServerEvent(UUID.randomUUID(), type.wireName(), Instant.now(), data);
        outstanding.merge(assessmentId, 1, Integer::sum);
        if (!queue.offer(new Pending(assessmentId, event))) {
            settled(assessmentId, 1);
            LOG.warnf("tracking queue full, %s event of assessment %s dropped", type.wireName(), assessmentId);
        }
    }

    /**
     * Sends what is still queued for this assessment now, on the caller's thread, and waits (at most {@code timeout})
     * until every event offered for it is delivered or given up. Call it once the sandbox runs nothing more.
     */
    public void flush(UUID assessmentId, Duration timeout) {
        List<ServerEvent> events = new ArrayList<>();
        queue.removeIf(pending -> pending.assessmentId().equals(assessmentId) && events.add(pending.event()));
        if (!events.isEmpty()) {
            send(assessmentId, events, 1);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding.containsKey(assessmentId)) {
            if (System.nanoTime() > deadline) {
                LOG.warnf("tracking events of assessment %s still undelivered at finalize", assessmentId);
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void settled(UUID assessmentId, int count) {
        outstanding.computeIfPresent(assessmentId, (id, left) -> left > count ? left - count : null);
    }

    private void drainLoop() {
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> batch = new ArrayList<>(List.of(first));
                queue.drainTo(batch, MAX_BATCH - 1);
                Map<UUID, List<ServerEvent>> byAssessment = new LinkedHashMap<>();
                batch.forEach(p -> byAssessment
                        .computeIfAbsent(p.assessmentId(), ignored -> new ArrayList<>())
                        .add(p.event()));
                byAssessment.forEach((id, events) -> send(id, events, 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("tracking recorder: %s", e.getMessage());
            }
        }
    }

    private void send(UUID assessmentId, List<ServerEvent> events, int attempt) {
        try {
            api.post(assessmentId, new EventBatch(events));
            settled(assessmentId, events.size());
        } catch (RuntimeException e) {
            if (attempt < MAX_ATTEMPTS && retryable(e) && running) {
                long delay = 500L << (attempt - 1);
                executor.schedule(() -> send(assessmentId, events, attempt + 1), delay, TimeUnit.MILLISECONDS);
            } else {
                settled(assessmentId, events.size());
                LOG.warnf(
                        "%d tracking events of assessment %s dropped after %d attempts: %s",
                        events.size(), assessmentId, attempt, e.getMessage());
            }
        }
    }

    private static boolean retryable(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return status >= 500 || status == 429 || status == 408;
        }
        return true;
    }

    private static String clip(String command) {
        return command.length() <= MAX_COMMAND_CHARS ? command : command.substring(0, MAX_COMMAND_CHARS);
    }

    private record Pending(UUID assessmentId, ServerEvent event) {}
}

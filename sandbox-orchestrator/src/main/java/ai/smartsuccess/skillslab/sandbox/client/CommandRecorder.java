package ai.smartsuccess.skillslab.sandbox.client;

import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.sandbox.config.ActivityConfig;
import ai.smartsuccess.skillslab.sandbox.messaging.ActivityRelay;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository;
import ai.smartsuccess.skillslab.sandbox.repository.ActivityOutboxRepository.Outgoing;
import ai.smartsuccess.skillslab.sandbox.service.ActiveRuns;
import ai.smartsuccess.skillslab.sandbox.service.ActivityBudget;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Records what the candidate ran (terminal lines, run commands) as evidence for assessment-service that the browser
 * cannot forge. Each observation is written to the activity outbox, with the session's next sequence number, before
 * the call returns; the {@link ActivityRelay} publishes it on {@code sandbox-activity}. Nothing waits in memory: a
 * restart loses at most the observation being written at that moment, and a broker or assessment-service outage only
 * delays delivery.
 *
 * <p>Each session has its own {@link ActivityBudget}; what a session records beyond it is counted and recorded later as
 * one {@code activity_dropped} event. At finalize the session is {@link #seal sealed}: its last sequence number is
 * what assessment-service must have taken before it seals the session's tracking.
 */
@ApplicationScoped
public class CommandRecorder {

    private static final Logger LOG = Logger.getLogger(CommandRecorder.class);
    private static final int MAX_COMMAND_CHARS = 10_000;
    private static final Duration POLL = Duration.ofMillis(20);

    private final ActivityOutboxRepository outbox;
    private final ActivityRelay relay;
    private final ActivityBudget budget;
    private final ActiveRuns runs;
    private final ObjectMapper json;
    private final ActivityConfig config;
    /** Per session, recordings under way (so that sealing waits for them). */
    private final Map<UUID, Integer> writing = new ConcurrentHashMap<>();

    CommandRecorder(
            ActivityOutboxRepository outbox,
            ActivityRelay relay,
            ActivityBudget budget,
            ActiveRuns runs,
            ObjectMapper json,
            ActivityConfig config) {
        this.outbox = outbox;
        this.relay = relay;
        this.budget = budget;
        this.runs = runs;
        this.json = json;
        this.config = config;
    }

    /** One line entered in the session's terminal. */
    public void terminalCommand(UUID assessmentId, String command) {
        record(assessmentId, SandboxActivity.TERMINAL_COMMAND, Map.of("command", clip(command)));
    }

    /** One command run through the run API, once it has ended. */
    public void testRun(
            UUID assessmentId, String command, int exitCode, long durationMs, boolean timedOut, boolean stopped) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("command", clip(command));
        data.put("exitCode", exitCode);
        data.put("durationMs", durationMs);
        data.put("timedOut", timedOut);
        data.put("stopped", stopped);
        record(assessmentId, SandboxActivity.TEST_RUN, data);
    }

    /**
     * Ends the session's recording, once its processes are stopped: waits (at most the seal timeout) for runs still
     * ending and recordings under way, records what its budget turned away, and seals it. Blocking.
     *
     * @return the session's last sequence number (0 when it recorded nothing); the same again when called again
     */
    public long seal(UUID assessmentId) {
        long deadline = System.nanoTime() + config.sealTimeout().toNanos();
        // A run killed by the stop records its outcome as it ends.
        waitUntil(() -> !runs.running(assessmentId), deadline);
        waitUntil(() -> inFlight(assessmentId) == 0, deadline);
        reportDropped(assessmentId);
        budget.forget(assessmentId);
        long last = outbox.seal(assessmentId).await().atMost(config.writeTimeout());
        relay.kick();
        return last;
    }

    /** What the budgets turned away lately, one activity_dropped event per session. */
    @Scheduled(
            every = "${skillslab.activity.budget.drop-report-interval:10s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reportDropped() {
        budget.withDrops().forEach(this::reportDropped);
    }

    private void reportDropped(UUID assessmentId) {
        ActivityBudget.Dropped dropped = budget.takeDropped(assessmentId);
        if (dropped == null) {
            return;
        }
        LOG.infof(
                "activity of assessment %s over its budget: %d events (%d bytes) dropped",
                assessmentId, dropped.count(), dropped.bytes());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", dropped.count());
        data.put("bytes", dropped.bytes());
        data.put("firstAt", dropped.firstAt().toString());
        data.put("lastAt", dropped.lastAt().toString());
        write(assessmentId, SandboxActivity.ACTIVITY_DROPPED, data);
    }

    private void record(UUID assessmentId, String kind, Map<String, Object> data) {
        if (!budget.admit(assessmentId, size(data))) {
            return;
        }
        write(assessmentId, kind, data);
    }

    /**
     * Writes one event to the outbox: blocking on worker threads (so that the caller's answer follows the record), in
     * the background on an event loop, which must never wait.
     */
    private void write(UUID assessmentId, String kind, Map<String, Object> data) {
        writing.merge(assessmentId, 1, Integer::sum);
        Instant at = Instant.now();
        Uni<Long> written = outbox.append(
                        assessmentId, kind, sequence -> outgoing(assessmentId, sequence, kind, at, data))
                .ifNoItem()
                .after(config.writeTimeout())
                .fail()
                .invoke(sequence -> {
                    if (sequence == null) {
                        LOG.debugf("%s of sealed session %s not recorded", kind, assessmentId);
                    } else {
                        relay.kick();
                    }
                })
                .onFailure()
                .invoke(e -> LOG.errorf("%s of assessment %s could not be recorded: %s", kind, assessmentId, e))
                .onFailure()
                .recoverWithNull()
                .eventually(() -> done(assessmentId));
        if (Context.isOnEventLoopThread()) {
            written.subscribe().with(ignored -> {});
        } else {
            written.await().indefinitely();
        }
    }

    private Outgoing outgoing(UUID assessmentId, long sequence, String kind, Instant at, Map<String, Object> data) {
        SandboxActivity event = SandboxActivity.of(assessmentId, sequence, kind, at, data);
        try {
            return new Outgoing(event.eventId(), new JsonObject(json.writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("activity events always serialise", e);
        }
    }

    private void done(UUID assessmentId) {
        writing.computeIfPresent(assessmentId, (id, count) -> count > 1 ? count - 1 : null);
    }

    private int inFlight(UUID assessmentId) {
        return writing.getOrDefault(assessmentId, 0);
    }

    private long size(Map<String, Object> data) {
        try {
            return json.writeValueAsBytes(data).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("activity data always serialises", e);
        }
    }

    private static void waitUntil(BooleanSupplier done, long deadlineNanos) {
        while (!done.getAsBoolean() && System.nanoTime() < deadlineNanos) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String clip(String command) {
        return command.length() <= MAX_COMMAND_CHARS ? command : command.substring(0, MAX_COMMAND_CHARS);
    }
}

package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.config.SandboxActivityConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBatchParser.ParsedEvent;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBuffer.BufferedEvent;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Accepts tracking events into a session's buffer: the candidate's behaviour from the browser, and the server-recorded
 * events (AI proxy, the sandbox's activity from Kafka). Client copies of server-recorded types are dropped, so nothing counts twice and scoring
 * never trusts the browser for them.
 */
@ApplicationScoped
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class);

    /** What the sandbox records ({@code SandboxActivity.kind}), and the data field each needs. */
    private static final Map<TrackingEventType, String> SANDBOX_TYPES = Map.of(
            TrackingEventType.TERMINAL_COMMAND, "command",
            TrackingEventType.TEST_RUN, "command",
            TrackingEventType.ACTIVITY_DROPPED, "count");

    /** How often a submit looks whether the sandbox's activity has all arrived. */
    private static final Duration ACTIVITY_POLL = Duration.ofMillis(100);

    static final String EVIDENCE_INCOMPLETE = "evidence-incomplete";

    /** The client's copies of server-recorded types are checked, then dropped. */
    private static final Predicate<TrackingEventType> CLIENT_TYPES = type -> !type.serverRecorded();

    private static final String SERVER = "";

    private final TrackingBatchParser parser;
    private final TrackingLines lines;
    private final TrackingBuffer buffer;
    private final TrackingFlusher flusher;
    private final AssessmentRepository assessments;
    private final int flushThreshold;
    private final Duration activityWait;

    TrackingService(
            TrackingBatchParser parser,
            TrackingLines lines,
            TrackingBuffer buffer,
            TrackingFlusher flusher,
            AssessmentRepository assessments,
            AssessmentConfig config,
            SandboxActivityConfig activity) {
        this.parser = parser;
        this.lines = lines;
        this.buffer = buffer;
        this.flusher = flusher;
        this.assessments = assessments;
        this.flushThreshold = config.tracking().flushThreshold();
        this.activityWait = activity.sealWait();
    }

    /** A batch from the candidate's workspace. */
    public Uni<TrackResult> trackFromClient(Caller caller, UUID assessmentId, byte[] body) {
        List<ParsedEvent> events =
                parser.parse(body, Instant.now().toString(), TrackingEvent.SOURCE_CLIENT, CLIENT_TYPES);
        List<BufferedEvent> kept = new ArrayList<>(events.size());
        for (ParsedEvent event : events) {
            if (event.line() != null) {
                kept.add(buffered(event));
            }
        }
        int ignored = events.size() - kept.size();
        return append(assessmentId, caller.subject(), kept)
                .map(accepted -> new TrackResult(accepted, kept.size() - accepted, ignored));
    }

    /**
     * One event the sandbox recorded (a terminal command, a test run, what the session's budget dropped), taken once
     * by its event id; its sequence number is noted so that a submit knows when it holds them all.
     *
     * @throws IllegalArgumentException for an event that can never be recorded (unknown kind, data of the wrong shape)
     */
    public Uni<Void> recordSandboxActivity(SandboxActivity activity) {
        TrackingEventType type = sandboxType(activity);
        String id = activity.eventId().toString();
        byte[] line = lines.line(
                        id, type, activity.occurredAt(), Instant.now(), TrackingEvent.SOURCE_SERVER, activity.data())
                .getBytes(StandardCharsets.UTF_8);
        if (line.length > parser.maxEventBytes()) {
            throw new IllegalArgumentException(
                    "sandbox activity " + id + " is over " + parser.maxEventBytes() + " bytes");
        }
        UUID assessmentId = activity.assessmentId();
        return append(assessmentId, SERVER, List.of(new BufferedEvent(id, line)))
                .flatMap(accepted -> buffer.activityTaken(assessmentId, activity.sequence()))
                .replaceWithVoid();
    }

    private static TrackingEventType sandboxType(SandboxActivity activity) {
        if (activity.assessmentId() == null || activity.eventId() == null || activity.occurredAt() == null) {
            throw new IllegalArgumentException("sandbox activity without assessmentId, eventId or occurredAt");
        }
        if (activity.sequence() < 1) {
            throw new IllegalArgumentException("sandbox activity sequence must be at least 1");
        }
        TrackingEventType type = TrackingEventType.fromWireName(String.valueOf(activity.kind()))
                .filter(SANDBOX_TYPES::containsKey)
                .orElseThrow(() -> new IllegalArgumentException("unknown sandbox activity kind " + activity.kind()));
        if (activity.data().get(SANDBOX_TYPES.get(type)) == null) {
            throw new IllegalArgumentException(type.wireName() + " needs data." + SANDBOX_TYPES.get(type));
        }
        return type;
    }

    /**
     * Waits until the session's record holds the sandbox's activity up to {@code sequence} (what finalize answered),
     * at most the configured wait. When it does not by then, the record gets an {@code integrity_signal}
     * {@code evidence-incomplete} instead; either way the caller seals afterwards.
     */
    public Uni<Void> awaitSandboxActivity(UUID assessmentId, Long sequence) {
        if (sequence == null || sequence <= 0) {
            return Uni.createFrom().voidItem();
        }
        Executor here = OnContext.current();
        return awaitActivity(assessmentId, sequence, System.nanoTime() + activityWait.toNanos(), here);
    }

    private Uni<Void> awaitActivity(UUID assessmentId, long sequence, long deadlineNanos, Executor here) {
        return buffer.activityCount(assessmentId).emitOn(here).flatMap(count -> {
            if (count >= sequence) {
                return Uni.createFrom().voidItem();
            }
            if (System.nanoTime() >= deadlineNanos) {
                return evidenceIncomplete(assessmentId, sequence, count);
            }
            return Uni.createFrom()
                    .voidItem()
                    .onItem()
                    .delayIt()
                    .by(ACTIVITY_POLL)
                    .emitOn(here)
                    .flatMap(ignored -> awaitActivity(assessmentId, sequence, deadlineNanos, here));
        });
    }

    private Uni<Void> evidenceIncomplete(UUID assessmentId, long sequence, long count) {
        LOG.warnf(
                "assessment %s sealed with %d of the sandbox's %d activity events after %s",
                assessmentId, count, sequence, activityWait);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", EVIDENCE_INCOMPLETE);
        data.put("expectedSequence", sequence);
        data.put("receivedCount", count);
        // One id per session, so that a resumed submission records it once.
        return recordServerEvent(
                        assessmentId,
                        EVIDENCE_INCOMPLETE + "-" + assessmentId,
                        TrackingEventType.INTEGRITY_SIGNAL,
                        data)
                .onFailure()
                .invoke(e -> LOG.errorf("evidence-incomplete of %s not recorded: %s", assessmentId, e))
                .onFailure()
                .recoverWithNull();
    }

    /** One event recorded by this service itself (the AI proxy). */
    public Uni<Void> recordServerEvent(UUID assessmentId, String id, TrackingEventType type, Map<String, Object> data) {
        String line = lines.line(id, type, Instant.now(), TrackingEvent.SOURCE_SERVER, data);
        return append(assessmentId, SERVER, List.of(new BufferedEvent(id, line.getBytes(StandardCharsets.UTF_8))))
                .replaceWithVoid();
    }

    /** Opens tracking when a session starts. */
    public Uni<Void> open(UUID assessmentId, String owner) {
        return buffer.openIfAbsent(assessmentId, owner);
    }

    /**
     * Closes tracking at submit: the candidate's events are refused afterwards; the server's records of what happened
     * before (the sandbox's activity arrives through Kafka) are taken until {@link #seal}.
     */
    public Uni<Void> close(UUID assessmentId, String owner) {
        return buffer.close(assessmentId, owner);
    }

    /** Ends tracking once the sandbox is finalized: nothing is accepted afterwards, everything before is flushed. */
    public Uni<Void> seal(UUID assessmentId, String owner) {
        return buffer.seal(assessmentId, owner);
    }

    private BufferedEvent buffered(ParsedEvent event) {
        byte[] line = event.line();
        if (line.length > parser.maxEventBytes()) {
            throw new PayloadTooLargeException(
                    "Tracking event " + event.id() + " is over " + parser.maxEventBytes() + " bytes.");
        }
        return new BufferedEvent(event.id(), line);
    }

    private Uni<Integer> append(UUID assessmentId, String owner, List<BufferedEvent> events) {
        Executor here = OnContext.current();
        return buffer.append(assessmentId, owner, events).flatMap(result -> {
            if (result[0] == TrackingBuffer.UNKNOWN) {
                return Uni.createFrom()
                        .voidItem()
                        .emitOn(here)
                        .flatMap(ignored -> reopen(assessmentId, owner))
                        .flatMap(ignored -> buffer.append(assessmentId, owner, events))
                        .map(retried -> outcome(assessmentId, retried));
            }
            return Uni.createFrom().item(outcome(assessmentId, result));
        });
    }

    /**
     * Redis has no state for the session (never opened, or expired): the database decides, and a running session is
     * opened again.
     */
    private Uni<Void> reopen(UUID assessmentId, String owner) {
        return Panache.withSession(() -> assessments.findById(assessmentId)).flatMap(assessment -> {
            if (assessment == null || (!owner.isEmpty() && !assessment.isOwnedBy(owner))) {
                return Uni.createFrom().failure(notFound(assessmentId));
            }
            if (!assessment.is(AssessmentStatus.IN_PROGRESS) || assessment.submitClaimedAt != null) {
                return Uni.createFrom().failure(notRunning(assessment));
            }
            return buffer.openIfAbsent(assessmentId, assessment.userId);
        });
    }

    private int outcome(UUID assessmentId, long[] result) {
        long code = result[0];
        if (code == TrackingBuffer.NOT_OWNER || code == TrackingBuffer.UNKNOWN) {
            throw notFound(assessmentId);
        }
        if (code == TrackingBuffer.CLOSED) {
            throw new ConflictException(
                    "assessment-closed", "This assessment was submitted; it no longer accepts tracking events.");
        }
        if (result[1] >= flushThreshold) {
            flusher.flushSoon(assessmentId);
        }
        return (int) code;
    }

    private static NotFoundException notFound(UUID assessmentId) {
        return new NotFoundException("Assessment " + assessmentId + " was not found");
    }

    private static ConflictException notRunning(Assessment assessment) {
        return assessment.is(AssessmentStatus.PENDING)
                ? new ConflictException("assessment-not-started", "Start the assessment before tracking events.")
                : new ConflictException(
                        "assessment-closed", "This assessment was submitted; it no longer accepts tracking events.");
    }

    /**
     * @param ignored client copies of server-recorded types (AI prompts and responses, terminal commands, test runs)
     */
    public record TrackResult(int accepted, int duplicates, int ignored) {}
}

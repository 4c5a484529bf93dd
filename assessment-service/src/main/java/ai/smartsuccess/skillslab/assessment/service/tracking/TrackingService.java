package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.service.Caller;
import ai.smartsuccess.skillslab.assessment.service.ConflictException;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException;
import ai.smartsuccess.skillslab.assessment.service.NotFoundException;
import ai.smartsuccess.skillslab.assessment.service.OnContext;
import ai.smartsuccess.skillslab.assessment.service.PayloadTooLargeException;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBatchParser.ParsedEvent;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBuffer.BufferedEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Accepts tracking events into a session's buffer: the candidate's behaviour from the browser, and the server-recorded
 * events (AI proxy, sandbox). Client copies of server-recorded types are dropped, so nothing counts twice and scoring
 * never trusts the browser for them.
 */
@ApplicationScoped
public class TrackingService {

    /** What the sandbox orchestrator may record through the internal endpoint. */
    private static final Set<TrackingEventType> SANDBOX_TYPES =
            Set.of(TrackingEventType.TERMINAL_COMMAND, TrackingEventType.TEST_RUN);

    /** The client's copies of server-recorded types are checked, then dropped. */
    private static final Predicate<TrackingEventType> CLIENT_TYPES = type -> !type.serverRecorded();

    private static final String SERVER = "";

    private final TrackingBatchParser parser;
    private final TrackingLines lines;
    private final TrackingBuffer buffer;
    private final TrackingFlusher flusher;
    private final AssessmentRepository assessments;
    private final int flushThreshold;

    TrackingService(
            TrackingBatchParser parser,
            TrackingLines lines,
            TrackingBuffer buffer,
            TrackingFlusher flusher,
            AssessmentRepository assessments,
            AssessmentConfig config) {
        this.parser = parser;
        this.lines = lines;
        this.buffer = buffer;
        this.flusher = flusher;
        this.assessments = assessments;
        this.flushThreshold = config.tracking().flushThreshold();
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

    /** A batch of terminal commands and test runs recorded by the sandbox orchestrator. */
    public Uni<TrackResult> trackFromSandbox(UUID assessmentId, byte[] body) {
        List<ParsedEvent> events =
                parser.parse(body, Instant.now().toString(), TrackingEvent.SOURCE_SERVER, type -> true);
        List<BufferedEvent> kept = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ParsedEvent event = events.get(i);
            if (!SANDBOX_TYPES.contains(event.type())) {
                throw new InvalidInputException(
                        "events[" + i + "].type", "the sandbox records only terminal_command and test_run");
            }
            kept.add(buffered(event));
        }
        return append(assessmentId, SERVER, kept).map(accepted -> new TrackResult(accepted, kept.size() - accepted, 0));
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
     * before (the sandbox reports its runs asynchronously) are taken until {@link #seal}.
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
            if (!AssessmentStatus.IN_PROGRESS.equals(assessment.status) || assessment.submitClaimedAt != null) {
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
        return AssessmentStatus.PENDING.equals(assessment.status)
                ? new ConflictException("assessment-not-started", "Start the assessment before tracking events.")
                : new ConflictException(
                        "assessment-closed", "This assessment was submitted; it no longer accepts tracking events.");
    }

    /**
     * @param ignored client copies of server-recorded types (AI prompts and responses, terminal commands, test runs)
     */
    public record TrackResult(int accepted, int duplicates, int ignored) {}
}

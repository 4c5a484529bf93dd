package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session ended (by the candidate or at the deadline). Carries everything scoring needs, by value or by object key,
 * so that scoring never calls back into another service.
 *
 * @param candidate who took the assessment, for notifications and reports
 * @param task the task as it was when the session started
 * @param evaluationConfig the weights and thresholds in force for this session
 * @param trackingObjects NDJSON objects of {@code TrackingEvent}s, in order
 * @param finalFiles JSON object {@code {"files":[{"path","content"}]}} of the workspace at submit
 * @param starterFiles same shape, the files the candidate started from
 * @param hiddenTests results of the task's hidden test suite run on the final files
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentSubmitted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        int attemptNumber,
        UUID invitationId,
        Candidate candidate,
        TaskSnapshot task,
        EvaluationConfig evaluationConfig,
        List<ObjectRef> trackingObjects,
        ObjectRef finalFiles,
        ObjectRef starterFiles,
        HiddenTestResults hiddenTests,
        Instant startedAt,
        Instant submittedAt,
        long timeSpentSeconds,
        boolean autoSubmitted,
        String notes)
        implements AssessmentLifecycleEvent {

    public static final String TYPE = "AssessmentSubmitted";
    public static final int SCHEMA_VERSION = 1;

    public AssessmentSubmitted {
        type = TYPE;
        trackingObjects = trackingObjects == null ? List.of() : List.copyOf(trackingObjects);
    }

    @Override
    public String key() {
        return assessmentId.toString();
    }

    /** The person who took the assessment. {@code userType} is {@code individual}, {@code business} or {@code admin}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String userId, String email, String name, String userType) {}
}

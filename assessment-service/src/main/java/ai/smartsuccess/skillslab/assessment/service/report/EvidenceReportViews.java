package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ChatEntry;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ScoreView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The business's full evidence report of one attempt on one of its tasks. */
public final class EvidenceReportViews {

    /**
     * Everything the platform holds about one attempt, for the task's creator: the score report in full (nothing is
     * left out as it is for the candidate), the hidden tests with their messages, AI usage, the chat and the session's
     * timeline for replay.
     *
     * @param score the score report as scoring-service wrote it; null until scored
     * @param scoreVersion which score report this is (a re-score replaces it); null until scored
     * @param hiddenTests the hidden suite's run at submit, as the sandbox reported it; null before submit
     * @param integrityFlags the report's integrity findings as sorted codes (null until scored)
     * @param chat the session's AI chat, oldest first
     * @param timeline the session's events in time order, for replay
     */
    public record EvidenceReport(
            UUID assessmentId,
            ReportCandidate candidate,
            ReportTask task,
            String status,
            int attemptNumber,
            UUID invitationId,
            OffsetDateTime startedAt,
            OffsetDateTime submittedAt,
            boolean autoSubmitted,
            Long timeSpentSeconds,
            OffsetDateTime scoredAt,
            String notes,
            ScoreView score,
            ReportScoreVersion scoreVersion,
            ReportHiddenTests hiddenTests,
            ReportAiUsage aiUsage,
            List<String> integrityFlags,
            List<ChatEntry> chat,
            List<TimelineEntry> timeline,
            TimelineSummary timelineSummary) {}

    /**
     * The session's timeline as its own candidate replays it: the business report's timeline without the integrity
     * signals, and the hidden suite's run only as the counts the candidate's report already shows.
     *
     * @param chat the session's AI chat, oldest first
     * @param timeline the session's events in time order
     */
    public record OwnTimeline(
            UUID assessmentId, List<TimelineEntry> timeline, List<ChatEntry> chat, TimelineSummary timelineSummary) {}

    /** Whose attempt it is, as snapshotted at its creation ("Deleted user" and no email after an account deletion). */
    public record ReportCandidate(String name, String email) {}

    public record ReportTask(
            UUID id, String title, String taskType, String difficulty, int timeLimitMinutes, String runtime) {}

    /**
     * @param eventId the ScoreComputed that brought the current report: it changes with every re-score
     * @param earlierRevisions how many reports re-scores replaced
     */
    public record ReportScoreVersion(
            UUID eventId, OffsetDateTime receivedAt, String scoringVersion, long earlierRevisions) {}

    /**
     * The hidden suite's run on the final files, with what the candidate's view leaves out: why it could not run,
     * each test's message and what the sandbox found interfering with the run.
     *
     * @param counted false when the sandbox found the run tampered with (any integrity flag): the counts are not the
     *     solution's merit
     */
    public record ReportHiddenTests(
            String runner,
            int total,
            int passed,
            int failed,
            long durationMs,
            boolean timedOut,
            String error,
            boolean counted,
            List<ReportHiddenTest> tests,
            List<String> integrityFlags) {}

    public record ReportHiddenTest(String name, boolean passed, String message) {}

    /**
     * @param source {@code score-report} (the scorer's figures) or {@code chat} (counted from the stored chat, before
     *     the attempt is scored; no AI code share then)
     * @param aiCodeShare the share (0 to 1) of the final code taken from AI answers
     */
    public record ReportAiUsage(
            @Schema(enumeration = {"score-report", "chat"}) String source,
            Integer prompts,
            List<String> modelsUsed,
            Double aiCodeShare,
            Long inputTokens,
            Long outputTokens) {}

    /**
     * What the timeline was built from and where it is incomplete.
     *
     * @param trackingObjects the session's tracking objects read
     * @param events the tracking events in them
     * @param skippedEvents lines that could not be read, and events of no kind the timeline shows
     * @param contentTruncated whether any entry's file content or diff was cut or left out by the caps
     * @param warnings what could not be read or applied, in words
     */
    public record TimelineSummary(
            int trackingObjects,
            int events,
            int entries,
            int skippedEvents,
            boolean contentTruncated,
            List<String> warnings) {}

    /**
     * One moment of the session. Every entry has {@code at}, {@code offsetSeconds} (from the start of the session) and
     * {@code kind}; the other fields belong to some kinds and are absent elsewhere.
     *
     * @param eventId the tracking event's id (what the score report's evidence points at); null for entries the
     *     platform adds (submit, the hidden test run)
     * @param recordedBy {@code client} (the browser), {@code server} (the AI proxy, the sandbox) or {@code platform}
     *     (the submission)
     * @param op file-change: {@code edit}, {@code create}, {@code rename} or {@code delete}
     * @param diff file-change (edit): unified diff against the file as it was before (the starter file for the first
     *     change)
     * @param content file-change: the whole file after the change (null where unknown or past the report's content
     *     budget)
     * @param diffTruncated the diff was cut at a line (or not computed for a very large file)
     * @param contentTruncated the content was cut, or left out
     * @param text prompt, answer, note, paste (the pasted text), submit (the submit note)
     * @param exitCode test-run: the command's exit code (null for the hidden run)
     * @param testsTotal test-run (hidden run only): the counts; a visible run records its exit code only
     * @param hidden test-run: the platform's hidden suite at submit
     * @param origin paste, copy: where the text was taken from ({@code chat}, {@code editor}, {@code terminal}, {@code external})
     * @param code integrity: a stable kebab-case code ({@code activity-dropped}, {@code evidence-incomplete}...)
     * @param details integrity: what the signal carries besides its code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(
            Instant at,
            double offsetSeconds,

            @Schema(
                    enumeration = {
                        "prompt",
                        "answer",
                        "file-change",
                        "file-open",
                        "command",
                        "test-run",
                        "focus",
                        "paste",
                        "copy",
                        "note",
                        "model-switch",
                        "integrity",
                        "submit"
                    })
            String kind,

            String eventId,

            @Schema(enumeration = {"client", "server", "platform"})
            String recordedBy,

            String path,
            String newPath,

            @Schema(enumeration = {"edit", "create", "rename", "delete"})
            String op,

            String diff,
            Boolean diffTruncated,
            String content,
            Boolean contentTruncated,
            Integer linesAdded,
            Integer linesRemoved,
            String command,
            Integer exitCode,
            Long durationMs,
            Boolean timedOut,
            Boolean stopped,
            Boolean hidden,
            Integer testsTotal,
            Integer testsPassed,
            Integer testsFailed,
            String text,
            Boolean textTruncated,
            String model,
            String previousModel,
            String provider,
            String requestId,
            Long inputTokens,
            Long outputTokens,
            Long latencyMs,
            Boolean complete,
            Boolean focused,
            String origin,
            Integer length,
            String code,
            Map<String, Object> details,
            Boolean autoSubmitted) {}

    private EvidenceReportViews() {}
}

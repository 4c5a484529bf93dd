package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import ai.smartsuccess.skillslab.scoring.service.input.ScoringInput;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded session as scoring receives it: the submitted event plus its tracking NDJSON and files objects. Built
 * from a corpus directory or by hand in tests; can produce both the in-memory {@link ScoringInput} and the stored
 * objects.
 */
public final class SessionFixture {

    public static final UUID TASK_ID = UUID.fromString("a1b2c3d4-e5f6-7890-abcd-ef1234567890");

    public UUID assessmentId = UUID.randomUUID();
    public UUID invitationId;
    public TaskSnapshot task = defaultTask();
    public EvaluationConfig evaluationConfig;
    public HiddenTestResults hiddenTests = HiddenTestResults.none();
    public Instant startedAt = Instant.parse("2026-03-02T09:00:00Z");
    public Instant submittedAt = Instant.parse("2026-03-02T09:45:00Z");
    public boolean autoSubmitted;
    public List<TrackingEvent> events = new ArrayList<>();
    public boolean withTracking = true;
    public Map<String, String> starterFiles = new LinkedHashMap<>();
    public Map<String, String> finalFiles = new LinkedHashMap<>();
    private int counter;

    public static TaskSnapshot defaultTask() {
        return new TaskSnapshot(
                TASK_ID,
                "Build a REST API with AI Assistance",
                "## Task Description\n\nBuild a simple REST API for a todo list application using AI assistance.\n\n"
                        + "## Requirements\n\n1. Create endpoints for CRUD operations on todos\n2. Implement proper error"
                        + " handling\n3. Add input validation\n4. Write basic tests\n\n## Tech Stack\n- Python with FastAPI OR"
                        + " Node.js with Express\n- Your choice of database (SQLite for simplicity)\n\n## Deliverables\n"
                        + "- Working API code\n- Basic documentation\n- At least 3 test cases\n\n## Evaluation Focus\n"
                        + "- How you use AI to scaffold the project\n- Your iteration process with AI\n"
                        + "- Code quality of the final result",
                "code_generation",
                "basic",
                120,
                true,
                null);
    }

    public SessionFixture event(TrackingEventType type, int secondsFromStart, Map<String, Object> data) {
        String id = "ev-" + (++counter);
        Instant at = startedAt.plusSeconds(secondsFromStart);
        String source = type.serverRecorded() ? TrackingEvent.SOURCE_SERVER : TrackingEvent.SOURCE_CLIENT;
        events.add(new TrackingEvent(id, type, at, at, source, data));
        return this;
    }

    public SessionFixture prompt(int at, String model, String prompt, int answerAfter, String answer) {
        String requestId = "req-" + (counter + 1);
        event(
                TrackingEventType.AI_PROMPT,
                at,
                Map.of(
                        "model",
                        model,
                        "provider",
                        "openai",
                        "prompt",
                        prompt,
                        "messageCount",
                        1,
                        "requestId",
                        requestId));
        event(
                TrackingEventType.AI_RESPONSE,
                at + answerAfter,
                Map.of(
                        "model",
                        model,
                        "provider",
                        "openai",
                        "response",
                        answer,
                        "inputTokens",
                        200,
                        "outputTokens",
                        300,
                        "requestId",
                        requestId,
                        "latencyMs",
                        answerAfter * 1000L,
                        "complete",
                        true));
        return this;
    }

    public SessionFixture snapshot(int at, String path, String content) {
        return event(TrackingEventType.CODE_SNAPSHOT, at, Map.of("path", path, "content", content));
    }

    public SessionFixture testRun(int at, String command, int exitCode) {
        return event(
                TrackingEventType.TEST_RUN,
                at,
                Map.of("command", command, "exitCode", exitCode, "durationMs", 900, "timedOut", false));
    }

    public SessionFixture hidden(int total, int passed, List<String> failing) {
        List<HiddenTestResults.TestCaseResult> tests = new ArrayList<>();
        for (String name : failing) {
            tests.add(new HiddenTestResults.TestCaseResult(name, false, "AssertionError"));
        }
        this.hiddenTests =
                new HiddenTestResults("python-unittest", total, passed, total - passed, 1500, false, null, tests);
        return this;
    }

    public ObjectRef trackingRef() {
        return new ObjectRef("tracking", "assessments/" + assessmentId + "/tracking-0001.ndjson");
    }

    public ObjectRef finalRef() {
        return new ObjectRef("submissions", "assessments/" + assessmentId + "/final-files.json");
    }

    public ObjectRef starterRef() {
        return new ObjectRef("submissions", "assessments/" + assessmentId + "/starter-files.json");
    }

    public AssessmentSubmitted submitted() {
        return submission().build();
    }

    /** The submission of this session, as assessment-service announces it; a test may still change it. */
    public SampleEvents.Submission submission() {
        return SampleEvents.submitted(assessmentId)
                .invitationId(invitationId)
                .candidate("user-" + assessmentId, "candidate@demo.skillslab.dev", "Demo Candidate", "individual")
                .task(task)
                .evaluationConfig(evaluationConfig)
                .objects(withTracking ? List.of(trackingRef()) : List.of(), finalRef(), starterRef())
                .hiddenTests(hiddenTests)
                .session(startedAt, submittedAt)
                .autoSubmitted(autoSubmitted);
    }

    public byte[] trackingNdjson() {
        StringBuilder out = new StringBuilder();
        for (TrackingEvent event : events) {
            try {
                out.append(SubmissionParser.MAPPER.writeValueAsString(event)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] filesJson(Map<String, String> files) {
        List<Map<String, Object>> list = new ArrayList<>();
        files.forEach((path, content) -> list.add(Map.of(
                "path",
                path,
                "encoding",
                "utf-8",
                "content",
                content,
                "size",
                content.getBytes(StandardCharsets.UTF_8).length)));
        try {
            return SubmissionParser.MAPPER.writeValueAsBytes(Map.of("files", list));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input the engine sees, without going through storage. */
    public ScoringInput input() {
        try {
            List<String> warnings = new ArrayList<>();
            if (!withTracking) {
                warnings.add("No tracking data was recorded for this session.");
            }
            List<TrackingEvent> parsed = withTracking
                    ? SubmissionParser.parseTracking(trackingNdjson()).events()
                    : List.of();
            WorkspaceFiles finals = SubmissionParser.parseFiles(filesJson(finalFiles));
            WorkspaceFiles starter = SubmissionParser.parseFiles(filesJson(starterFiles));
            return new ScoringInput(submitted(), parsed, finals, starter, withTracking, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

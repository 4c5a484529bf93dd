package ai.smartsuccess.skillslab.contracts;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpired;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.contracts.events.SandboxActivity;
import ai.smartsuccess.skillslab.contracts.events.SandboxReady;
import ai.smartsuccess.skillslab.contracts.events.SandboxTerminated;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every event. */
final class SampleEvents {

    static final UUID ASSESSMENT = UUID.fromString("5f0c6d1e-8f3e-4a8b-9a57-2b9f2b6a1c01");
    static final UUID TASK = UUID.fromString("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
    static final UUID INVITATION = UUID.fromString("0d4c2b7e-1c1a-4a53-9f0e-6e1f3c9d2a77");
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    static List<DomainEvent> all() {
        return List.of(
                AssessmentStarted.of(ASSESSMENT, TASK, "user-1", NOW, NOW.plusSeconds(7200)),
                submitted(),
                AssessmentExpired.of(ASSESSMENT, "user-1", NOW),
                scoreComputed(),
                ScoringFailed.of(ASSESSMENT, "user-1", "1.0.0", "The tracking data could not be read."),
                new InvitationCreated(
                        UUID.randomUUID(),
                        InvitationCreated.TYPE,
                        1,
                        NOW,
                        INVITATION,
                        TASK,
                        "Build a REST API with AI Assistance",
                        "business-1",
                        "Blake Business",
                        "Demo Corp",
                        "dev@example.com",
                        "Dana Developer",
                        "Looking forward to it",
                        "http://localhost:8080/invite/abc",
                        NOW.plusSeconds(86400),
                        "en-GB"),
                new InvitationResent(
                        UUID.randomUUID(),
                        InvitationResent.TYPE,
                        1,
                        NOW,
                        INVITATION,
                        TASK,
                        "Build a REST API with AI Assistance",
                        "business-1",
                        "Blake Business",
                        "Demo Corp",
                        "dev@example.com",
                        "Dana Developer",
                        "Looking forward to it",
                        "http://localhost:8080/invite/abc",
                        NOW.plusSeconds(86400),
                        "de",
                        1),
                new InvitationExpiringSoon(
                        UUID.randomUUID(),
                        InvitationExpiringSoon.TYPE,
                        1,
                        NOW,
                        INVITATION,
                        TASK,
                        "Build a REST API with AI Assistance",
                        "business-1",
                        "Blake Business",
                        "Demo Corp",
                        "dev@example.com",
                        "Dana Developer",
                        "Looking forward to it",
                        "http://localhost:8080/invite/abc",
                        NOW.plusSeconds(3600),
                        "en-GB"),
                new InvitationAccepted(
                        UUID.randomUUID(),
                        InvitationAccepted.TYPE,
                        1,
                        NOW,
                        INVITATION,
                        TASK,
                        "business-1",
                        "user-1",
                        ASSESSMENT),
                new InvitationExpired(
                        UUID.randomUUID(),
                        InvitationExpired.TYPE,
                        1,
                        NOW,
                        INVITATION,
                        TASK,
                        "business-1",
                        "dev@example.com"),
                SandboxReady.of(ASSESSMENT, "local-5f0c6d1e", "local", 112),
                SandboxTerminated.of(ASSESSMENT, "local-5f0c6d1e", "finalized"),
                SandboxActivity.of(
                        ASSESSMENT,
                        3,
                        SandboxActivity.TEST_RUN,
                        NOW,
                        Map.of(
                                "command",
                                "python3 -m unittest",
                                "exitCode",
                                1,
                                "durationMs",
                                420,
                                "timedOut",
                                false,
                                "stopped",
                                false)),
                AccountDeleted.of("user-1", "individual"),
                PlanChanged.of(UUID.randomUUID(), "user-1", "premium", "free", NOW),
                new AuditRecorded(
                        UUID.randomUUID(),
                        AuditRecorded.TYPE,
                        AuditRecorded.SCHEMA_VERSION,
                        NOW,
                        "user-1",
                        "business",
                        "task-service",
                        "task.published",
                        "task",
                        UUID.randomUUID().toString(),
                        AuditRecorded.SUCCESS,
                        "203.0.113.7",
                        "Mozilla/5.0",
                        Map.of("format", "pdf")));
    }

    static AssessmentSubmitted submitted() {
        return new AssessmentSubmitted(
                UUID.randomUUID(),
                AssessmentSubmitted.TYPE,
                1,
                NOW,
                ASSESSMENT,
                1,
                null,
                new AssessmentSubmitted.Candidate("user-1", "candidate@example.com", "Casey Candidate", "individual"),
                new TaskSnapshot(
                        TASK,
                        "Build a REST API with AI Assistance",
                        "## Task",
                        "code_generation",
                        "basic",
                        120,
                        true,
                        null),
                new EvaluationConfig(
                        Map.of(
                                "planning",
                                25,
                                "prompt_engineering",
                                25,
                                "tool_orchestration",
                                25,
                                "outcome_quality",
                                25),
                        Map.of(
                                "outcome_quality",
                                Map.of(
                                        "correctness",
                                        40,
                                        "code_quality",
                                        30,
                                        "documentation",
                                        15,
                                        "edge_case_handling",
                                        15)),
                        Map.of(
                                "explorer",
                                new EvaluationConfig.LevelBand(0, 39),
                                "operator",
                                new EvaluationConfig.LevelBand(40, 64),
                                "architect",
                                new EvaluationConfig.LevelBand(65, 84),
                                "innovator",
                                new EvaluationConfig.LevelBand(85, 100)),
                        List.of(new EvaluationConfig.CustomCategory(
                                "security",
                                "Security",
                                "Secure coding",
                                List.of(new EvaluationConfig.CustomSubitem(
                                        "input_validation",
                                        "Input validation",
                                        "Validates input",
                                        "edge_case_handling"))))),
                List.of(new ObjectRef("tracking", ASSESSMENT + "/events-000001.ndjson")),
                new ObjectRef("submissions", ASSESSMENT + "/final-files.json"),
                new ObjectRef("submissions", ASSESSMENT + "/starter-files.json"),
                new HiddenTestResults(
                        "python-unittest",
                        7,
                        6,
                        1,
                        533,
                        false,
                        null,
                        List.of(
                                new HiddenTestResults.TestCaseResult("test_create_returns_201", true, null),
                                new HiddenTestResults.TestCaseResult("test_blank_title_is_400", false, "201 != 400"))),
                NOW.minusSeconds(3600),
                NOW,
                3600,
                false,
                "Done");
    }

    static ScoreComputed scoreComputed() {
        return new ScoreComputed(
                UUID.randomUUID(),
                ScoreComputed.TYPE,
                1,
                NOW,
                ASSESSMENT,
                "user-1",
                UUID.randomUUID(),
                "1.0.0",
                List.of("evidence-v1"),
                72.5,
                "architect",
                Map.of(
                        "planning",
                        70.0,
                        "prompt_engineering",
                        75.0,
                        "tool_orchestration",
                        70.0,
                        "outcome_quality",
                        75.0),
                Map.of(
                        "outcome_quality",
                        Map.of("correctness", new ScoreComputed.SubitemScore(85.7, 40, 34.28, 85.7, null))),
                List.of(new ScoreComputed.Feedback(
                        "outcome_quality",
                        "correctness",
                        "6 of 7 hidden tests passed.",
                        List.of(new ScoreComputed.EvidenceRef(null, NOW, "hidden test run")))),
                List.of(),
                List.of(new ScoreComputed.Highlight(
                        "first_prompt",
                        "Initial approach to the problem",
                        "Plan a todo API",
                        "evt-1",
                        NOW.minusSeconds(3000))),
                Map.of("summary", "A solid session."),
                List.of());
    }

    private SampleEvents() {}
}

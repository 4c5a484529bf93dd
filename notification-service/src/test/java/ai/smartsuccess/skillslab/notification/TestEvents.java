package ai.smartsuccess.skillslab.notification;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic events as the other services publish them. */
final class TestEvents {

    static AssessmentSubmitted submitted(UUID assessmentId, String email) {
        Instant started = Instant.now().minusSeconds(3600);
        return new AssessmentSubmitted(
                UUID.randomUUID(),
                AssessmentSubmitted.TYPE,
                AssessmentSubmitted.SCHEMA_VERSION,
                Instant.now(),
                assessmentId,
                1,
                null,
                new AssessmentSubmitted.Candidate("user-" + assessmentId, email, "Casey Candidate", "individual"),
                new TaskSnapshot(
                        UUID.randomUUID(),
                        "Build a REST API with AI Assistance",
                        "Build a todo API.",
                        "code_generation",
                        "basic",
                        120,
                        true,
                        null),
                new EvaluationConfig(Map.of(), Map.of(), Map.of(), List.of()),
                List.of(new ObjectRef("tracking", assessmentId + "/events-0001.ndjson")),
                new ObjectRef("submissions", assessmentId + "/final-files.json"),
                new ObjectRef("submissions", assessmentId + "/starter-files.json"),
                HiddenTestResults.none(),
                started,
                Instant.now(),
                3600,
                false,
                "");
    }

    static ScoreComputed scored(UUID assessmentId, double score, String level) {
        return new ScoreComputed(
                UUID.randomUUID(),
                ScoreComputed.TYPE,
                ScoreComputed.SCHEMA_VERSION,
                Instant.now(),
                assessmentId,
                "user-" + assessmentId,
                UUID.randomUUID(),
                "1.0.0",
                List.of("evidence-v1"),
                score,
                level,
                Map.of("planning", score),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of("summary", "Assessment completed with a score of " + score + "/100."),
                List.of());
    }

    /** An invitation as assessment-service announces it; {@code locale} may be null, as in events made before it. */
    static InvitationCreated invitation(String email, String taskTitle, Instant expiresAt, String locale) {
        UUID invitationId = UUID.randomUUID();
        return new InvitationCreated(
                UUID.randomUUID(),
                InvitationCreated.TYPE,
                InvitationCreated.SCHEMA_VERSION,
                Instant.now(),
                invitationId,
                UUID.randomUUID(),
                taskTitle,
                "business-1",
                "Blake Business",
                "Acme ✨ GmbH",
                email,
                "Zoë Example",
                "We would love to see how you <b>work</b> with AI.\nSee you soon!",
                "http://localhost:8080/invite/" + invitationId,
                expiresAt,
                locale);
    }

    /** The sender asked for the same invitation to be emailed again. */
    static InvitationResent resent(InvitationCreated created, int resendCount) {
        return new InvitationResent(
                UUID.randomUUID(),
                InvitationResent.TYPE,
                InvitationResent.SCHEMA_VERSION,
                Instant.now(),
                created.invitationId(),
                created.taskId(),
                created.taskTitle(),
                created.senderId(),
                created.senderName(),
                created.companyName(),
                created.recipientEmail(),
                created.recipientName(),
                created.message(),
                created.accessUrl(),
                created.expiresAt(),
                created.locale(),
                resendCount);
    }

    private TestEvents() {}
}

package ai.smartsuccess.skillslab.notification;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Realistic events as the other services publish them: platform-test's samples, addressed to this test's people. */
final class TestEvents {

    static AssessmentSubmitted submitted(UUID assessmentId, String email) {
        return SampleEvents.submitted(assessmentId)
                .candidate("user-" + assessmentId, email, "Casey Candidate", "individual")
                .build();
    }

    static ScoreComputed scored(UUID assessmentId, double score, String level) {
        return SampleEvents.scoreComputed(assessmentId, score, level)
                .categoryScores(Map.of("planning", score))
                .detailedAnalysis(Map.of("summary", "Assessment completed with a score of " + score + "/100."))
                .build();
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

    /** The same invitation, still waiting, about to expire: the reminder. */
    static InvitationExpiringSoon expiringSoon(InvitationCreated created) {
        return new InvitationExpiringSoon(
                UUID.randomUUID(),
                InvitationExpiringSoon.TYPE,
                InvitationExpiringSoon.SCHEMA_VERSION,
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
                created.locale());
    }

    private TestEvents() {}
}

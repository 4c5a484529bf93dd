package ai.smartsuccess.skillslab.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the invitation API returns. */
public final class InvitationViews {

    /** @param accessLink the only copy of the link this service ever hands out (besides the email) */
    @Schema(name = "CreatedInvitation")
    public record Created(UUID invitationId, String accessLink, String status) {}

    /**
     * One invitation as its sender sees it, with its assessment's status (pending, in_progress, ..., failed) and its
     * score once scored.
     *
     * @param lastSentAt when the email last went out (creation, then each resend)
     * @param linkAvailable whether {@code GET /api/invitations/{id}/link} can answer the link now
     */
    public record Summary(
            UUID id,
            UUID taskId,
            String taskTitle,
            String recipientEmail,
            String recipientName,
            String status,
            OffsetDateTime sentAt,
            OffsetDateTime expiresAt,
            OffsetDateTime acceptedAt,
            OffsetDateTime completedAt,
            UUID assessmentId,
            String assessmentStatus,
            Double finalScore,
            String proficiencyLevel,
            boolean allowRetakes,
            OffsetDateTime lastSentAt,
            int resendCount,
            boolean linkAvailable) {}

    public record InvitationList(List<Summary> invitations) {}

    /**
     * What anyone holding the link sees: the invitation, and to whom it was sent (for the sign-up form's pre-fill; the
     * link went to that address), never anything about other invitations.
     */
    public record Access(
            UUID invitationId,
            String taskTitle,
            String taskType,
            String difficulty,
            Integer timeLimitMinutes,
            String companyName,
            String senderName,
            String message,
            OffsetDateTime expiresAt,
            String status,
            String recipientEmail,
            String recipientName) {}

    /** The invitation emailed again, with the same link (or a fresh one when the old one was not kept). */
    public record Resent(UUID invitationId, String accessLink, OffsetDateTime lastSentAt, int resendCount) {}

    public record Link(String accessLink) {}

    /** @param redirectUrl a same-origin path of the web app */
    public record Accepted(UUID assessmentId, String redirectUrl) {}

    private InvitationViews() {}
}

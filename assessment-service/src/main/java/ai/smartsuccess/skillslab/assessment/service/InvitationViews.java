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
            boolean allowResultSharing,
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

    /**
     * What became of each line of a bulk invitation: {@code created} in the order of the lines, {@code failed} likewise.
     */
    @Schema(name = "BulkInvitationResult")
    public record BulkResult(List<BulkCreated> created, List<BulkFailed> failed) {}

    /**
     * A line that became an invitation, exactly as a single one does (InvitationCreated, the email). Its link can be
     * copied with {@code GET /api/invitations/{id}/link}.
     *
     * @param row the line's number in the pasted text, from 1
     */
    @Schema(name = "BulkInvitationCreated")
    public record BulkCreated(int row, String email, UUID invitationId) {}

    /**
     * A line that did not become an invitation; nothing of it was stored or sent.
     *
     * @param row the line's number in the pasted text, from 1
     * @param input the line as written (at most 300 characters)
     */
    @Schema(name = "BulkInvitationFailed")
    public record BulkFailed(int row, String input, RowProblem problem) {}

    /**
     * Why a line failed, as an RFC 9457 problem's members: {@code type} ends in {@code invalid-email},
     * {@code invalid-name}, {@code invalid-row}, {@code duplicate-address}, {@code invitation-pending} or
     * {@code internal}.
     */
    @Schema(name = "BulkInvitationProblem")
    public record RowProblem(String type, String title, String detail) {}

    /** The invitation emailed again, with the same link (or a fresh one when the old one was not kept). */
    public record Resent(UUID invitationId, String accessLink, OffsetDateTime lastSentAt, int resendCount) {}

    public record Link(String accessLink) {}

    /** @param redirectUrl a same-origin path of the web app */
    public record Accepted(UUID assessmentId, String redirectUrl) {}

    private InvitationViews() {}
}

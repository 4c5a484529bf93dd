package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Detail;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person's copy of their data in this service. */
public final class PersonalExportViews {

    /**
     * @param assessments newest first, each as its owner sees it (files are listed by the workspace, not here)
     * @param truncated whether older assessments were left out to stay within {@code maxBytes}
     * @param totalAssessments how many the person has
     * @param omittedAssessments how many of them are not in this export
     * @param note why some were left out, for a person to read
     */
    public record PersonalExport(
            OffsetDateTime exportedAt,
            List<Detail> assessments,
            List<ReceivedInvitation> invitationsReceived,
            boolean truncated,
            int totalAssessments,
            int omittedAssessments,
            int maxBytes,
            String note) {}

    /** An invitation the person received, without its access link. */
    public record ReceivedInvitation(
            UUID id,
            String companyName,
            String senderName,
            String taskTitle,
            String message,
            String recipientEmail,
            String recipientName,
            String status,
            UUID assessmentId,
            OffsetDateTime sentAt,
            OffsetDateTime expiresAt,
            OffsetDateTime openedAt,
            OffsetDateTime acceptedAt,
            OffsetDateTime completedAt,
            OffsetDateTime cancelledAt) {}

    private PersonalExportViews() {}
}

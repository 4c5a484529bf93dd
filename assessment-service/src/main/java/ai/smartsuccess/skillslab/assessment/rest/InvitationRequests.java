package ai.smartsuccess.skillslab.assessment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Request bodies of the invitation API. */
public final class InvitationRequests {

    /** {@code expiresAt}: optional, ISO-8601 with an offset; 14 days from now when absent. */
    public record Create(
            UUID taskId, String recipientEmail, String recipientName, String message, OffsetDateTime expiresAt) {}

    private InvitationRequests() {}
}

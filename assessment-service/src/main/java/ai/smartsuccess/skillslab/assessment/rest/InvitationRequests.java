package ai.smartsuccess.skillslab.assessment.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the invitation API. */
public final class InvitationRequests {

    /**
     * {@code expiresAt}: optional, ISO-8601 with an offset; 14 days from now when absent. {@code allowRetakes}: whether
     * the candidate may abandon an unstarted attempt and take another (default false). {@code locale}: BCP 47 tag of
     * the language the email's dates are written in (default {@code en}).
     */
    @Schema(name = "InvitationInput")
    public record Create(
            UUID taskId,
            String recipientEmail,
            String recipientName,
            String message,
            OffsetDateTime expiresAt,
            Boolean allowRetakes,
            String locale) {}

    private InvitationRequests() {}
}

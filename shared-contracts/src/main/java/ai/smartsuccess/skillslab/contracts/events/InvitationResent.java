package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * The sender asked for an invitation that is still waiting to be emailed again; notification-service sends the same
 * link once more. Carries what {@link InvitationCreated} does, so the email needs nothing else.
 *
 * @param accessUrl the invitation's link: the same one as before, or a new one when the old one could not be recovered
 * @param resendCount how many times the invitation has been sent again, this time included (1 for the first resend)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationResent(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID invitationId,
        UUID taskId,
        String taskTitle,
        String senderId,
        String senderName,
        String companyName,
        String recipientEmail,
        String recipientName,
        String message,
        String accessUrl,
        Instant expiresAt,
        String locale,
        int resendCount)
        implements InvitationEvent {

    public static final String TYPE = "InvitationResent";
    public static final int SCHEMA_VERSION = 1;

    public InvitationResent {
        type = TYPE;
    }

    @Override
    public String key() {
        return invitationId.toString();
    }
}

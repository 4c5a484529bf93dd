package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation that is still waiting expires within the reminder window (assessment-service's
 * {@code skillslab.invitations.reminder-before}); notification-service reminds the candidate by email. Published at most
 * once per invitation. Carries what {@link InvitationCreated} does, so the email needs nothing else.
 *
 * @param accessUrl the invitation's link, the same one as in the earlier emails
 * @param expiresAt when the invitation stops being acceptable
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationExpiringSoon(
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
        String locale)
        implements InvitationEvent {

    public static final String TYPE = "InvitationExpiringSoon";
    public static final int SCHEMA_VERSION = 1;

    public InvitationExpiringSoon {
        type = TYPE;
    }

    @Override
    public String key() {
        return invitationId.toString();
    }
}

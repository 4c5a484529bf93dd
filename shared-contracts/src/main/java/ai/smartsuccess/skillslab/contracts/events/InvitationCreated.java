package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A business invited a candidate to a task; notification-service emails the access link.
 *
 * @param locale BCP 47 tag of the language the email's dates are written in (for example {@code en-GB}, {@code de});
 *     null for events published before it existed, which means English
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationCreated(
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

    public static final String TYPE = "InvitationCreated";
    public static final int SCHEMA_VERSION = 1;

    public InvitationCreated {
        type = TYPE;
    }

    @Override
    public String key() {
        return invitationId.toString();
    }
}

package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** A candidate accepted an invitation; an assessment was created for them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationAccepted(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID invitationId,
        UUID taskId,
        String senderId,
        String recipientUserId,
        UUID assessmentId)
        implements InvitationEvent {

    public static final String TYPE = "InvitationAccepted";
    public static final int SCHEMA_VERSION = 1;

    public InvitationAccepted {
        type = TYPE;
    }

    @Override
    public String key() {
        return invitationId.toString();
    }
}

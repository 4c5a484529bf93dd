package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** An invitation passed its expiry without being accepted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationExpired(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID invitationId,
        UUID taskId,
        String senderId,
        String recipientEmail)
        implements InvitationEvent {

    public static final String TYPE = "InvitationExpired";
    public static final int SCHEMA_VERSION = 1;

    public InvitationExpired {
        type = TYPE;
    }

    @Override
    public String key() {
        return invitationId.toString();
    }
}

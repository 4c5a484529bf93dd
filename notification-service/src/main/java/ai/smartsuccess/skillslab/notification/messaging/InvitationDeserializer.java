package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import java.util.Map;

/** {@code invitations}: an invitation email needs its recipient and the link. */
public class InvitationDeserializer extends EventDeserializer<InvitationEvent> {

    public InvitationDeserializer() {
        super(
                InvitationEvent.class,
                Map.of(
                        InvitationCreated.TYPE,
                        Readable.of(InvitationCreated.SCHEMA_VERSION, "recipientEmail", "accessUrl"),
                        InvitationResent.TYPE,
                        Readable.of(InvitationResent.SCHEMA_VERSION, "recipientEmail", "accessUrl")));
    }
}

package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class InvitationDeserializer extends ObjectMapperDeserializer<InvitationEvent> {

    public InvitationDeserializer() {
        super(InvitationEvent.class, EventJson.mapper());
    }
}

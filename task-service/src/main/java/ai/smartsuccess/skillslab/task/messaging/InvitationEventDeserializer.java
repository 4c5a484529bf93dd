package ai.smartsuccess.skillslab.task.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Events of the {@code invitations} topic. Fields a newer producer adds are ignored (events evolve additively), and an
 * event type this service does not know yet becomes {@code null}, which the consumer skips; a record that is not JSON
 * fails and goes to the dead-letter topic.
 */
public class InvitationEventDeserializer extends ObjectMapperDeserializer<InvitationEvent> {

    public InvitationEventDeserializer() {
        super(InvitationEvent.class, mapper());
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    }
}

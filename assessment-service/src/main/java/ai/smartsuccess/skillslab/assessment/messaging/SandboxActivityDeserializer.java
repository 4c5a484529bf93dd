package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.contracts.events.SandboxActivityEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Reads {@code sandbox-activity} tolerantly: added fields are ignored, and an event type this service does not know yet
 * reads as null (skipped) rather than as a failure; only a message that is not an event at all is one.
 */
public class SandboxActivityDeserializer extends ObjectMapperDeserializer<SandboxActivityEvent> {

    public SandboxActivityDeserializer() {
        super(
                SandboxActivityEvent.class,
                Arc.container()
                        .instance(ObjectMapper.class)
                        .get()
                        .copy()
                        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, false));
    }
}

package ai.smartsuccess.skillslab.sandbox.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads assessment-lifecycle events; fields added by newer producers are ignored (a tolerant reader). */
public class AssessmentLifecycleDeserializer extends ObjectMapperDeserializer<AssessmentLifecycleEvent> {

    public AssessmentLifecycleDeserializer() {
        super(
                AssessmentLifecycleEvent.class,
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }
}

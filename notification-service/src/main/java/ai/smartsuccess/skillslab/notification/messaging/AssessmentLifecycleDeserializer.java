package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class AssessmentLifecycleDeserializer extends ObjectMapperDeserializer<AssessmentLifecycleEvent> {

    public AssessmentLifecycleDeserializer() {
        super(AssessmentLifecycleEvent.class, EventJson.mapper());
    }
}

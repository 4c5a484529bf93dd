package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Lifecycle events by their {@code type}. Tolerates additive fields (contract changes are additive); a record it
 * cannot read reaches the consumer with a null payload and the raw bytes in the failure headers.
 */
public class AssessmentLifecycleEventDeserializer extends ObjectMapperDeserializer<AssessmentLifecycleEvent> {

    public AssessmentLifecycleEventDeserializer() {
        super(AssessmentLifecycleEvent.class, SubmissionParser.MAPPER);
    }
}

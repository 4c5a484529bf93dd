package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Reads {@code score-results}. Unlike our REST input, events are read tolerantly: a producer may add fields in a
 * compatible schema version without breaking this consumer.
 */
public class ScoreResultEventDeserializer extends ObjectMapperDeserializer<ScoreResultEvent> {

    public ScoreResultEventDeserializer() {
        super(
                ScoreResultEvent.class,
                Arc.container()
                        .instance(ObjectMapper.class)
                        .get()
                        .copy()
                        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    }
}

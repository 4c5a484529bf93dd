package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class ScoreResultDeserializer extends ObjectMapperDeserializer<ScoreResultEvent> {

    public ScoreResultDeserializer() {
        super(ScoreResultEvent.class, EventJson.mapper());
    }
}

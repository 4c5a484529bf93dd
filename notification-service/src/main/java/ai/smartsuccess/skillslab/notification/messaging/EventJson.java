package ai.smartsuccess.skillslab.notification.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How this service reads events: fields a newer producer adds are ignored (events evolve additively), and an event type
 * it does not know yet becomes {@code null}, which the consumers skip. A record that is not JSON still fails and goes to
 * the topic's dead-letter queue.
 */
final class EventJson {

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    }

    private EventJson() {}
}

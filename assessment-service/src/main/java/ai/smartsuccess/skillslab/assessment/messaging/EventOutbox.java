package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import ai.smartsuccess.skillslab.assessment.repository.OutboxRepository;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Writes an event into the outbox inside the caller's transaction: the event exists if and only if the state change
 * that it announces commits. {@link OutboxRelay} publishes it afterwards. An invitation email's access link is never
 * written here (see {@link InvitationLinkEvents}).
 */
@ApplicationScoped
public class EventOutbox {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final OutboxRepository outbox;
    private final ObjectMapper mapper;

    EventOutbox(OutboxRepository outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** Must run inside a transaction. */
    public Uni<Void> add(String topic, DomainEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = topic;
        message.messageKey = event.key();
        message.eventType = event.type();
        message.payload = mapper.convertValue(event, JSON_OBJECT);
        if (InvitationLinkEvents.carriesLink(event.type())) {
            // The link goes to the email only: the relay recovers it from the invitation's sealed token as it
            // publishes.
            message.payload.put(InvitationLinkEvents.LINK_FIELD, null);
        }
        message.createdAt = OffsetDateTime.now();
        String traceparent = TraceParents.current();
        Uni<Void> persisted = outbox.persist(message).replaceWithVoid();
        return traceparent == null
                ? persisted
                : persisted.chain(() -> outbox.recordTraceparent(message.eventId, traceparent));
    }
}

package ai.smartsuccess.skillslab.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. Consumers are idempotent by {@link #eventId()} or by their business key, so
 * a redelivered event changes nothing.
 */
public interface DomainEvent {

    UUID eventId();

    /** The simple name of the event record, also the JSON discriminator. */
    String type();

    /** Raised only for incompatible changes; consumers refuse versions they do not know. */
    int schemaVersion();

    Instant occurredAt();

    /** The aggregate id used as the Kafka record key. */
    String key();
}

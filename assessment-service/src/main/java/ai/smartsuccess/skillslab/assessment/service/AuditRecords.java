package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Audit entries of this service, through the outbox to the {@code audit} topic. An action that changes state adds its
 * entry in its own transaction ({@link #add}); reading or exporting a report records its entry before the report is
 * handed out ({@link #record}), so that nothing leaves unrecorded.
 */
@ApplicationScoped
public class AuditRecords {

    private final EventOutbox outbox;
    private final OutboxRelay relay;

    AuditRecords(EventOutbox outbox, OutboxRelay relay) {
        this.outbox = outbox;
        this.relay = relay;
    }

    /** Must run inside the transaction of the action. */
    public Uni<Void> add(AuditRecorded entry) {
        return outbox.add(Topics.AUDIT, entry);
    }

    /** In a transaction of its own; the relay publishes it right after. */
    public Uni<Void> record(AuditRecorded entry) {
        return Panache.withTransaction(() -> add(entry)).invoke(relay::kick);
    }
}

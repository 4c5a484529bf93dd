package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpired;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Marks unaccepted invitations past their expiry as expired and announces it (InvitationExpired, through the outbox).
 * Safe on several instances: each takes rows the others do not hold.
 */
@ApplicationScoped
public class InvitationExpiry {

    static final int BATCH = 100;

    private final InvitationRepository invitations;
    private final EventOutbox outbox;
    private final OutboxRelay relay;

    InvitationExpiry(InvitationRepository invitations, EventOutbox outbox, OutboxRelay relay) {
        this.invitations = invitations;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Scheduled(
            every = "${skillslab.invitations.expiry-scan}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scan() {
        return expireBatch()
                .flatMap(count -> count == BATCH ? scan() : Uni.createFrom().voidItem());
    }

    Uni<Integer> expireBatch() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> invitations.lockExpired(now, BATCH).flatMap(rows -> expire(rows, now)))
                .invoke(count -> {
                    if (count > 0) {
                        relay.kick();
                    }
                });
    }

    /** One after the other: a reactive session runs one statement at a time. */
    private Uni<Integer> expire(List<Invitation> rows, OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Invitation row : rows) {
            chain = chain.flatMap(ignored -> {
                row.expire(now);
                return outbox.add(
                        Topics.INVITATIONS,
                        new InvitationExpired(
                                UUID.randomUUID(),
                                InvitationExpired.TYPE,
                                InvitationExpired.SCHEMA_VERSION,
                                Instant.now(),
                                row.id,
                                row.taskId,
                                row.senderId,
                                row.recipientEmail));
            });
        }
        return chain.replaceWith(rows.size());
    }
}

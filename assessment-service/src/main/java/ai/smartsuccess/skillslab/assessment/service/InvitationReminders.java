package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.contracts.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reminds the candidate of a waiting invitation shortly before it expires: once its expiry is within
 * {@code skillslab.invitations.reminder-before}, InvitationExpiringSoon (with the invitation's link) goes through the
 * outbox and notification-service emails it. Once per invitation, also with several instances: a due row is taken with
 * {@code for update skip locked} and its {@code reminder_sent_at} is set in the same transaction as the event.
 */
@ApplicationScoped
public class InvitationReminders {

    static final int BATCH = 100;

    private final InvitationRepository invitations;
    private final InvitationLinks links;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    InvitationReminders(
            InvitationRepository invitations,
            InvitationLinks links,
            EventOutbox outbox,
            OutboxRelay relay,
            AssessmentConfig config) {
        this.invitations = invitations;
        this.links = links;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config;
    }

    @Scheduled(
            every = "${skillslab.invitations.reminder-scan}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scan() {
        Duration window = config.invitations().reminderBefore();
        if (window.isZero() || window.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        return remindBatch(window)
                .flatMap(count -> count == BATCH ? scan() : Uni.createFrom().voidItem());
    }

    /** Reminds up to one batch of due invitations; answers how many. */
    Uni<Integer> remindBatch(Duration window) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(
                        () -> invitations.lockDueForReminder(now, window, BATCH).flatMap(rows -> remind(rows, now)))
                .invoke(count -> {
                    if (count > 0) {
                        relay.kick();
                    }
                });
    }

    /** One after the other: a reactive session runs one statement at a time. */
    private Uni<Integer> remind(List<Invitation> rows, OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Invitation row : rows) {
            chain = chain.flatMap(ignored -> {
                String link = links.recover(row);
                row.remind(now);
                return outbox.add(Topics.INVITATIONS, InvitationEvents.expiringSoon(row, link));
            });
        }
        return chain.replaceWith(rows.size());
    }
}

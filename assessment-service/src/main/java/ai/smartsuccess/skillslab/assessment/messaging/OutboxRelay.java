package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.OutboxRepository;
import ai.smartsuccess.skillslab.assessment.service.InvitationLinks;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in order and marks them sent (at least once; consumers are idempotent by event id).
 * Runs on a timer and right after a commit that wrote a row.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    private static final int PURGE_BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    private final OutboxRepository outbox;
    private final AssessmentRepository assessments;
    private final InvitationRepository invitationRows;
    private final InvitationLinks links;
    private final MutinyEmitter<AssessmentLifecycleEvent> lifecycle;
    private final MutinyEmitter<InvitationEvent> invitations;
    private final MutinyEmitter<AuditRecorded> audit;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final DrainLoop loop = new DrainLoop(this::relayBatch, BATCH, "outbox relay", LOG);
    private final DrainLoop purgeLoop;

    OutboxRelay(
            OutboxRepository outbox,
            AssessmentRepository assessments,
            InvitationRepository invitationRows,
            InvitationLinks links,
            @Channel("assessment-lifecycle") MutinyEmitter<AssessmentLifecycleEvent> lifecycle,
            @Channel("invitations") MutinyEmitter<InvitationEvent> invitations,
            @Channel("audit") MutinyEmitter<AuditRecorded> audit,
            ObjectMapper mapper,
            AssessmentConfig config,
            Vertx vertx) {
        Duration retention = config.outbox().sentRetention();
        this.purgeLoop = new DrainLoop(
                () -> Panache.withTransaction(() -> outbox.deleteSentBefore(retention, PURGE_BATCH)),
                PURGE_BATCH,
                "outbox purge",
                LOG);
        this.outbox = outbox;
        this.assessments = assessments;
        this.invitationRows = invitationRows;
        this.links = links;
        this.lifecycle = lifecycle;
        this.invitations = invitations;
        this.audit = audit;
        this.mapper = mapper;
        this.vertx = vertx;
    }

    // Delayed so that the first pass never runs before the Kafka channel is connected.
    @Scheduled(
            every = "${skillslab.outbox.poll:2s}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return drain();
    }

    /**
     * Published rows go after {@code skillslab.outbox.sent-retention}: the outbox is a queue, not an archive of the
     * events' personal data.
     */
    @Scheduled(
            every = "${skillslab.outbox.purge-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return purgeLoop.drain();
    }

    /** Publishes soon, on a fresh context so that the caller's session is never shared. */
    public void kick() {
        OnContext.fresh(vertx, this::drain).subscribe().with(x -> {}, e -> LOG.warn("outbox relay failed", e));
    }

    /** Publishes until nothing is left; a second caller while a pass runs just asks for one more pass. */
    Uni<Void> drain() {
        return loop.drain();
    }

    private Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> outbox.lockUnsent(BATCH)
                .flatMap(rows -> outbox.traceparents(
                                rows.stream().map(row -> row.id).toList())
                        .flatMap(traces -> publishInOrder(rows, traces))));
    }

    /** Stops at the first failure so that a later event of the same session never overtakes an earlier one. */
    private Uni<Integer> publishInOrder(List<OutboxMessage> rows, Map<Long, String> traces) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (OutboxMessage row : rows) {
            chain = chain.flatMap(done -> done < 0
                    ? Uni.createFrom().item(done)
                    : publish(row, traces.get(row.id)).map(ok -> ok ? done + 1 : -1));
        }
        return chain.map(done -> Math.max(done, 0));
    }

    private Uni<Boolean> publish(OutboxMessage row, String traceparent) {
        Uni<Void> sent;
        try {
            sent = send(row, traceparent);
        } catch (RuntimeException e) {
            sent = Uni.createFrom().failure(e);
        }
        return sent.emitOn(OnContext.current())
                .flatMap(ignored -> markSent(row))
                .replaceWith(true)
                .onFailure()
                .recoverWithUni(e -> {
                    row.attempts++;
                    row.lastError = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
                    LOG.warnf("publishing %s %s failed (attempt %d)", row.eventType, row.eventId, row.attempts);
                    return Uni.createFrom().item(false);
                });
    }

    private Uni<Void> send(OutboxMessage row, String traceparent) {
        return switch (row.topic) {
            case Topics.ASSESSMENT_LIFECYCLE ->
                send(lifecycle, row, row.payload, traceparent, AssessmentLifecycleEvent.class);
            case Topics.INVITATIONS ->
                withLink(row).flatMap(payload -> send(invitations, row, payload, traceparent, InvitationEvent.class));
            case Topics.AUDIT -> send(audit, row, row.payload, traceparent, AuditRecorded.class);
            default -> Uni.createFrom().failure(new IllegalStateException("no channel for topic " + row.topic));
        };
    }

    /**
     * The payload to publish: an invitation email's event gets the invitation's current link, which its row does not
     * hold. An invitation nobody can accept any more (withdrawn, erased) has no link: its email goes without one.
     */
    private Uni<Map<String, Object>> withLink(OutboxMessage row) {
        if (!InvitationLinkEvents.carriesLink(row.eventType) || row.payload.get("invitationId") == null) {
            return Uni.createFrom().item(row.payload);
        }
        UUID id = UUID.fromString(String.valueOf(row.payload.get("invitationId")));
        return invitationRows.findById(id).map(invitation -> {
            Map<String, Object> payload = new LinkedHashMap<>(row.payload);
            String link = null;
            try {
                link = invitation == null ? null : links.recover(invitation);
            } catch (RuntimeException e) {
                // A token that no longer opens must not hold up every event behind it.
                LOG.warnf(
                        "the link of invitation %s could not be recovered: %s",
                        id, e.getClass().getSimpleName());
            }
            if (link != null || payload.get(InvitationLinkEvents.LINK_FIELD) == null) {
                payload.put(InvitationLinkEvents.LINK_FIELD, link);
            }
            return payload;
        });
    }

    private <E extends DomainEvent> Uni<Void> send(
            MutinyEmitter<E> emitter,
            OutboxMessage row,
            Map<String, Object> payload,
            String traceparent,
            Class<E> type) {
        E event = mapper.convertValue(payload, type);
        Message<E> message = Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.messageKey)
                        .build());
        Context written = TraceParents.restore(traceparent);
        if (written != null) {
            // The Kafka producer span (and so the record's traceparent header) continues the request that wrote the
            // row.
            message = message.addMetadata(TracingMetadata.withCurrent(written));
        }
        return emitter.sendMessage(message).ifNoItem().after(SEND_TIMEOUT).fail();
    }

    private Uni<Void> markSent(OutboxMessage row) {
        row.sentAt = OffsetDateTime.now();
        row.attempts++;
        if (InvitationLinkEvents.carriesLink(row.eventType)
                && row.payload.get(InvitationLinkEvents.LINK_FIELD) != null) {
            // A row written before links stopped being stored keeps no copy once its email has it.
            Map<String, Object> scrubbed = new LinkedHashMap<>(row.payload);
            scrubbed.put(InvitationLinkEvents.LINK_FIELD, null);
            row.payload = scrubbed;
        }
        if (AssessmentSubmitted.TYPE.equals(row.eventType)) {
            return assessments.markScoring(UUID.fromString(row.messageKey));
        }
        return Uni.createFrom().voidItem();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}

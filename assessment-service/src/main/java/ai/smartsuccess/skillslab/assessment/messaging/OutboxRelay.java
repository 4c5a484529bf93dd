package ai.smartsuccess.skillslab.assessment.messaging;

import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.OutboxRepository;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
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
import java.util.Set;
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
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    /** Events that carry an invitation's access link for the email. */
    private static final Set<String> CARRIES_LINK =
            Set.of(InvitationCreated.TYPE, InvitationResent.TYPE, InvitationExpiringSoon.TYPE);

    private static final String LINK_FIELD = "accessUrl";

    private final OutboxRepository outbox;
    private final AssessmentRepository assessments;
    private final MutinyEmitter<AssessmentLifecycleEvent> lifecycle;
    private final MutinyEmitter<InvitationEvent> invitations;
    private final MutinyEmitter<AuditRecorded> audit;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final DrainLoop loop = new DrainLoop(this::relayBatch, BATCH, "outbox relay", LOG);

    OutboxRelay(
            OutboxRepository outbox,
            AssessmentRepository assessments,
            @Channel("assessment-lifecycle") MutinyEmitter<AssessmentLifecycleEvent> lifecycle,
            @Channel("invitations") MutinyEmitter<InvitationEvent> invitations,
            @Channel("audit") MutinyEmitter<AuditRecorded> audit,
            ObjectMapper mapper,
            Vertx vertx) {
        this.outbox = outbox;
        this.assessments = assessments;
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
            case Topics.ASSESSMENT_LIFECYCLE -> send(lifecycle, row, traceparent, AssessmentLifecycleEvent.class);
            case Topics.INVITATIONS -> send(invitations, row, traceparent, InvitationEvent.class);
            case Topics.AUDIT -> send(audit, row, traceparent, AuditRecorded.class);
            default -> Uni.createFrom().failure(new IllegalStateException("no channel for topic " + row.topic));
        };
    }

    private <E extends DomainEvent> Uni<Void> send(
            MutinyEmitter<E> emitter, OutboxMessage row, String traceparent, Class<E> type) {
        E event = mapper.convertValue(row.payload, type);
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
        if (CARRIES_LINK.contains(row.eventType)) {
            // The email has its link now; the database keeps no usable copy of it (only the invitation's sealed one).
            Map<String, Object> scrubbed = new LinkedHashMap<>(row.payload);
            scrubbed.put(LINK_FIELD, null);
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

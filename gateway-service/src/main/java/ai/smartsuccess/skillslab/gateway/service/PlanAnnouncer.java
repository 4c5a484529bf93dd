package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.PlanChanged;
import ai.smartsuccess.skillslab.gateway.messaging.PlanEventPublisher;
import ai.smartsuccess.skillslab.gateway.model.PlanChange;
import ai.smartsuccess.skillslab.gateway.repository.PlanChangeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes the plan changes recorded in {@code plan_changes} (the outbox): right after a change commits and, for
 * whatever Kafka did not acknowledge, again on every tick. In order of change, stopping at the first failure, so an
 * account's later plan is never announced before an earlier one. At least once: consumers ignore an event they saw.
 */
@ApplicationScoped
public class PlanAnnouncer {

    private static final Logger LOG = Logger.getLogger(PlanAnnouncer.class);
    private static final int BATCH = 100;

    private final PlanChangeRepository changes;
    private final PlanEventPublisher publisher;
    private final AtomicBoolean running = new AtomicBoolean();

    PlanAnnouncer(PlanChangeRepository changes, PlanEventPublisher publisher) {
        this.changes = changes;
        this.publisher = publisher;
    }

    // Delayed so that the first pass never runs before the Kafka channel is connected.
    @Scheduled(
            every = "${skillslab.plans.announce-every:10s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return announcePending()
                .onFailure()
                .invoke(e -> LOG.warnf("plan changes not announced yet: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }

    /** Publishes what is pending; a pass already under way is left to finish (the next tick picks up the rest). */
    public Uni<Void> announcePending() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> changes.unpublished(BATCH))
                .flatMap(this::announce)
                .eventually(() -> running.set(false));
    }

    private Uni<Void> announce(List<PlanChange> pending) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PlanChange change : pending) {
            chain = chain.flatMap(ignored -> publisher
                    .publish(PlanChanged.of(
                            change.eventId,
                            change.userId,
                            change.plan,
                            change.previousPlan,
                            change.changedAt.toInstant()))
                    .flatMap(sent ->
                            Panache.withTransaction(() -> changes.markPublished(change.eventId, OffsetDateTime.now())))
                    .replaceWithVoid());
        }
        return chain;
    }
}

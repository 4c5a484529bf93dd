package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.contracts.events.SandboxTerminated;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.messaging.SandboxEventPublisher;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceOperations;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Everything that ends sandboxes other than finalize: explicit destroy, the deadline, the reaper (assessment ended,
 * finalize never came, sandbox without a session), and the periodic workspace snapshots of live sessions.
 */
@ApplicationScoped
public class SandboxLifecycleService {

    private static final Logger LOG = Logger.getLogger(SandboxLifecycleService.class);

    private final SandboxSessionRepository sessions;
    private final SandboxBackend backend;
    private final SandboxEventPublisher events;
    private final SandboxMetrics metrics;
    private final ProvisioningService provisioning;
    private final FinalizeService finalizing;
    private final WorkspaceOperations workspace;
    private final SubmissionStorage storage;
    private final SandboxConfig.Lifecycle config;
    private final ObjectMapper json;
    /** Sandboxes without a live session, with when they were first seen so. */
    private final Map<UUID, Instant> suspects = new ConcurrentHashMap<>();

    SandboxLifecycleService(
            SandboxSessionRepository sessions,
            SandboxBackend backend,
            SandboxEventPublisher events,
            SandboxMetrics metrics,
            ProvisioningService provisioning,
            FinalizeService finalizing,
            WorkspaceOperations workspace,
            SubmissionStorage storage,
            SandboxConfig config,
            ObjectMapper json) {
        this.sessions = sessions;
        this.backend = backend;
        this.events = events;
        this.metrics = metrics;
        this.provisioning = provisioning;
        this.finalizing = finalizing;
        this.workspace = workspace;
        this.storage = storage;
        this.config = config.sandbox().lifecycle();
        this.json = json;
    }

    /** Destroys a session's sandbox without finalizing it. Idempotent: an unknown or ended session is fine. */
    public Uni<Void> destroy(UUID id) {
        if (finalizing.isFinalizing(id)) {
            return Uni.createFrom().failure(new ConflictException("The sandbox is being finalized."));
        }
        return Panache.withSession(() -> sessions.findById(id)).flatMap(session -> {
            if (session == null || session.isTerminated()) {
                return Uni.createFrom().voidItem();
            }
            return terminate(session, "destroyed");
        });
    }

    /** The assessment was submitted: a sandbox still alive now was left behind. */
    public Uni<Void> reapNow(UUID id) {
        return Panache.withSession(() -> sessions.findById(id)).flatMap(session -> {
            if (session == null
                    || session.isTerminated()
                    || SandboxSession.FINALIZING.equals(session.state)
                    || finalizing.isFinalizing(id)) {
                return Uni.createFrom().voidItem();
            }
            return terminate(session, "reaped").invoke(() -> metrics.reaped("reaped"));
        });
    }

    /** The assessment expired: its finalize should follow; if it does not within the grace period, reap. */
    public Uni<Void> reapLater(UUID id) {
        return Panache.withTransaction(() -> sessions.findById(id).invoke(session -> {
                    if (session != null && !session.isTerminated() && session.reapAfter == null) {
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        OffsetDateTime from = session.deadline.isAfter(now) ? session.deadline : now;
                        session.reapAfter = from.plus(config.finalizeGrace());
                    }
                }))
                .replaceWithVoid();
    }

    @Scheduled(
            identity = "sandbox-sweep",
            every = "${skillslab.sandbox.lifecycle.sweep-interval}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return stopPastDeadline()
                .call(this::reapDue)
                .call(this::reapOrphans)
                .call(() -> Panache.withSession(sessions::countAlive).invoke(metrics::active))
                .onFailure()
                .invoke(e -> LOG.warnf("sandbox sweep: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(
            identity = "sandbox-snapshots",
            every = "${skillslab.sandbox.lifecycle.snapshot-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> snapshotLiveWorkspaces() {
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minus(config.snapshotInterval());
        return Panache.withSession(() -> sessions.listDueForSnapshot(due))
                .flatMap(due2 -> each(due2, this::snapshot))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Copies a live workspace to S3, so that a crash of this machine loses at most one interval of work. */
    public Uni<Void> snapshot(SandboxSession session) {
        UUID id = session.assessmentId;
        return Blocking.run(() -> {
                    Snapshot snapshot = workspace.snapshot(id, session.deadline.toInstant());
                    try {
                        storage.putJson(id, SubmissionStorage.LIVE_SNAPSHOT, json.writeValueAsBytes(snapshot));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .call(() -> Panache.withTransaction(() -> sessions.findById(id).invoke(s -> {
                    if (s != null) {
                        s.lastSnapshotAt = OffsetDateTime.now(ZoneOffset.UTC);
                    }
                })))
                .onFailure()
                .invoke(e -> LOG.warnf("snapshot of assessment %s failed: %s", id, e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Past the deadline nothing of the candidate's may run; the workspace waits for finalize. */
    Uni<Void> stopPastDeadline() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> sessions.listPastDeadline(now))
                .flatMap(due -> each(
                        due,
                        session -> Blocking.run(() -> backend.stopProcesses(session.assessmentId))
                                .call(() -> Panache.withTransaction(() -> sessions.findById(session.assessmentId)
                                        .invoke(s -> {
                                            if (s != null && s.isLive()) {
                                                s.state = SandboxSession.EXPIRED;
                                                if (s.reapAfter == null) {
                                                    s.reapAfter = s.deadline.plus(config.finalizeGrace());
                                                }
                                            }
                                        })))
                                .invoke(() -> LOG.infof(
                                        "assessment %s passed its deadline: processes stopped", session.assessmentId))
                                .replaceWithVoid()));
    }

    Uni<Void> reapDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> sessions.listDueForReaping(now))
                .flatMap(due -> each(due, session -> {
                    if (finalizing.isFinalizing(session.assessmentId)) {
                        return Uni.createFrom().voidItem();
                    }
                    String reason = SandboxSession.EXPIRED.equals(session.state) ? "deadline" : "reaped";
                    return terminate(session, reason).invoke(() -> metrics.reaped(reason));
                }));
    }

    /**
     * Sandboxes the backend holds for sessions that are over or unknown (a crash between steps, a lost delete), once
     * they have been so for the orphan grace period.
     */
    Uni<Void> reapOrphans() {
        return Blocking.call(backend::known)
                .flatMap(known -> Panache.withSession(sessions::listAlive).map(alive -> {
                    Set<UUID> orphans = new HashSet<>(known);
                    alive.forEach(s -> orphans.remove(s.assessmentId));
                    orphans.removeIf(id -> provisioning.isProvisioning(id) || finalizing.isFinalizing(id));
                    suspects.keySet().retainAll(orphans);
                    Instant now = Instant.now();
                    orphans.forEach(id -> suspects.putIfAbsent(id, now));
                    return orphans.stream()
                            .filter(id ->
                                    !suspects.get(id).plus(config.orphanGrace()).isAfter(now))
                            .toList();
                }))
                .flatMap(orphans -> each(
                        orphans,
                        id -> Blocking.run(() -> backend.destroy(id)).invoke(() -> {
                            LOG.infof("orphaned sandbox of assessment %s removed", id);
                            metrics.reaped("orphan");
                        })));
    }

    private Uni<Void> terminate(SandboxSession session, String reason) {
        UUID id = session.assessmentId;
        return Blocking.run(() -> backend.destroy(id))
                .call(() -> Panache.withTransaction(() -> sessions.findById(id).invoke(s -> {
                    s.state = SandboxSession.TERMINATED;
                    s.terminatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    s.terminationReason = reason;
                })))
                .call(() -> events.publish(SandboxTerminated.of(id, session.sandboxId, reason)))
                .replaceWithVoid();
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<Void>> step) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(
                        item -> step.apply(item).onFailure().recoverWithNull())
                .collect()
                .last()
                .replaceWithVoid();
    }
}

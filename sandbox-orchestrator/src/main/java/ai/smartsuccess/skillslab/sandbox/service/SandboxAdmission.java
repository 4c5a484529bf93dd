package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Decides whether a new sandbox may be created: at most {@code sandboxes-per-user} live ones per user (429) and
 * {@code max-sandboxes} on this instance (503). A sandbox being created holds a reservation from the check until its
 * session is stored, so that concurrent requests cannot all pass.
 */
@ApplicationScoped
public class SandboxAdmission {

    private static final Logger LOG = Logger.getLogger(SandboxAdmission.class);

    private final SandboxSessionRepository sessions;
    private final SandboxBackend backend;
    private final SandboxConfig.Admission config;
    private final int maxSandboxes;
    /** Sandboxes being created on this instance, by assessment, with their owner. */
    private final Map<UUID, String> reservations = new ConcurrentHashMap<>();

    SandboxAdmission(SandboxSessionRepository sessions, SandboxBackend backend, SandboxConfig config) {
        this.sessions = sessions;
        this.backend = backend;
        this.config = config.sandbox().admission();
        this.maxSandboxes = this.config
                .maxSandboxes()
                .orElseGet(() -> fromMemory(config.sandbox().limits().memoryBytes()));
        LOG.infof(
                "admission: %d sandboxes on this instance, %d live per user, %d terminals and %d runs per session",
                maxSandboxes,
                this.config.sandboxesPerUser(),
                this.config.terminalsPerSession(),
                this.config.runsPerSession());
    }

    /** As many sessions as fit in three quarters of the machine's memory at their memory limit each, at least one. */
    static int fromMemory(long sessionBytes) {
        long total = memTotal();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, total / 4 * 3 / Math.max(1, sessionBytes)));
    }

    public int maxSandboxes() {
        return maxSandboxes;
    }

    /**
     * Reserves room for the assessment's new sandbox, or fails with {@link LimitExceededException}. Release the
     * reservation with {@link #release} once the sandbox's session is stored (or its creation failed).
     */
    public Uni<Void> admit(UUID assessmentId, String ownerId) {
        boolean added = reservations.putIfAbsent(assessmentId, ownerId) == null;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> sessions.count(
                        "ownerId = ?1 and state = ?2 and deadline > ?3 and assessmentId <> ?4",
                        ownerId,
                        SandboxSession.READY,
                        now,
                        assessmentId))
                .flatMap(live -> Blocking.call(() -> {
                    check(assessmentId, ownerId, live);
                    return null;
                }))
                .onFailure()
                .invoke(() -> {
                    if (added) {
                        release(assessmentId);
                    }
                })
                .replaceWithVoid();
    }

    public void release(UUID assessmentId) {
        reservations.remove(assessmentId);
    }

    /** Blocking: the backend lists what it holds. Counts the other reservations after the stored sessions. */
    private void check(UUID assessmentId, String ownerId, long live) {
        long creating = reservations.entrySet().stream()
                .filter(e -> !e.getKey().equals(assessmentId) && e.getValue().equals(ownerId))
                .count();
        if (live + creating >= config.sandboxesPerUser()) {
            throw new LimitExceededException(
                    LimitExceededException.Scope.USER,
                    "too-many-sandboxes",
                    config.sandboxesPerUser(),
                    config.retryAfter(),
                    "You already have " + config.sandboxesPerUser()
                            + " sandboxes running, the most one person may have at once. Submit or leave one of"
                            + " your other assessments first.");
        }
        Set<UUID> held = new HashSet<>(backend.known());
        held.addAll(reservations.keySet());
        if (held.size() > maxSandboxes) {
            LOG.warnf("admission: %d sandboxes held, refusing assessment %s", held.size(), assessmentId);
            throw new LimitExceededException(
                    LimitExceededException.Scope.HOST,
                    "sandbox-capacity",
                    maxSandboxes,
                    config.retryAfter(),
                    "All sandboxes of the platform are in use right now. Please try again in a few minutes.");
        }
    }

    private static long memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                            .filter(line -> line.startsWith("MemTotal:"))
                            .mapToLong(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                            .findFirst()
                            .orElse(4L << 20)
                    * 1024;
        } catch (IOException | NumberFormatException e) {
            return Runtime.getRuntime().maxMemory();
        }
    }
}

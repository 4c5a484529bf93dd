package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.contracts.events.SandboxReady;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.client.TaskBundle;
import ai.smartsuccess.skillslab.sandbox.client.TaskClient;
import ai.smartsuccess.skillslab.sandbox.messaging.SandboxEventPublisher;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.ProvisionRequest;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.Provisioned;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot.SnapshotFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Creates a session's sandbox: fetches the task's files, starts the sandbox with the starter files, keeps the hidden
 * files server-side, records the session. Idempotent per assessment: a repeated (or concurrent) request gets the same
 * sandbox.
 */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class);
    private static final Set<String> RUNTIMES = Set.of("python", "node");
    private static final Set<String> RUNNERS = Set.of("python-unittest", "node-test", "none");

    private final SandboxSessionRepository sessions;
    private final TaskClient bundles;
    private final SandboxBackend backend;
    private final SubmissionStorage storage;
    private final SandboxEventPublisher events;
    private final SandboxMetrics metrics;
    private final SandboxAdmission admission;
    private final ObjectMapper json;
    private final Map<UUID, Uni<Provisioned>> inFlight = new ConcurrentHashMap<>();

    ProvisioningService(
            SandboxSessionRepository sessions,
            TaskClient bundles,
            SandboxBackend backend,
            SubmissionStorage storage,
            SandboxEventPublisher events,
            SandboxMetrics metrics,
            SandboxAdmission admission,
            ObjectMapper json) {
        this.sessions = sessions;
        this.bundles = bundles;
        this.backend = backend;
        this.storage = storage;
        this.events = events;
        this.metrics = metrics;
        this.admission = admission;
        this.json = json;
    }

    /** Sessions whose sandbox is being created right now: not orphans, whatever the backend shows. */
    /** A block, not an expression: eventually() would otherwise subscribe to the removed Uni, itself. */
    private void forget(UUID id) {
        inFlight.remove(id);
        admission.release(id);
    }

    public boolean isProvisioning(UUID assessmentId) {
        return inFlight.containsKey(assessmentId);
    }

    @WithSpan("sandbox.provision")
    public Uni<Provisioned> provision(ProvisionRequest request) {
        Span.current()
                .setAttribute("skillslab.assessment.id", String.valueOf(request.assessmentId()))
                .setAttribute("skillslab.task.id", String.valueOf(request.taskId()));
        if (!request.deadline().isAfter(Instant.now())) {
            throw WorkspaceService.invalid("deadline", "must be in the future");
        }
        return Panache.withSession(() -> sessions.findById(request.assessmentId()))
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing(existing, request));
                    }
                    Uni<Provisioned> running = inFlight.get(request.assessmentId());
                    if (running != null) {
                        return running;
                    }
                    // Over a limit: 429 (the user's own sandboxes) or 503 (this machine is full), nothing created.
                    return admission
                            .admit(request.assessmentId(), request.ownerId())
                            .flatMap(admitted -> inFlight.computeIfAbsent(
                                    request.assessmentId(),
                                    id -> create(request)
                                            .eventually(() -> forget(id))
                                            .memoize()
                                            .indefinitely()));
                });
    }

    private Provisioned existing(SandboxSession session, ProvisionRequest request) {
        if (!session.ownerId.equals(request.ownerId()) || !session.taskId.equals(request.taskId())) {
            throw new ConflictException(
                    "Assessment " + request.assessmentId() + " already has a sandbox for another owner or task.");
        }
        return new Provisioned(SessionViews.sandbox(session), false);
    }

    private Uni<Provisioned> create(ProvisionRequest request) {
        UUID id = request.assessmentId();
        long started = System.nanoTime();
        return bundles.fetch(request.taskId())
                .invoke(bundle -> LOG.debugf("bundle of task %s fetched for assessment %s", request.taskId(), id))
                .map(this::checked)
                .flatMap(bundle -> Blocking.call(() -> start(request, bundle, started))
                        .invoke(created -> LOG.debugf("sandbox of assessment %s started", id))
                        .flatMap(created -> Panache.withTransaction(() -> sessions.persist(created))
                                .onFailure()
                                .call(e -> Blocking.run(() -> backend.destroy(id)))))
                .flatMap(session -> events.publish(
                                SandboxReady.of(id, session.sandboxId, session.backend, session.readyMillis))
                        .invoke(() -> LOG.debugf("SandboxReady of assessment %s published", id))
                        .replaceWith(new Provisioned(SessionViews.sandbox(session), true)))
                .onFailure()
                .invoke(e -> LOG.warnf("sandbox of assessment %s not created: %s", id, e.getMessage()));
    }

    /** Blocking part: the sandbox and the starter snapshot. Undone if anything fails. */
    private SandboxSession start(ProvisionRequest request, TaskBundle bundle, long started) {
        UUID id = request.assessmentId();
        List<WorkspaceFile> files = new ArrayList<>();
        for (TaskBundle.File file : bundle.starterFiles()) {
            files.add(new WorkspaceFile(file.path(), Base64.getDecoder().decode(file.contentBase64())));
        }
        String sandboxId;
        try {
            sandboxId = backend.create(new SandboxSpec(id, bundle.runtime(), request.deadline(), files));
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            storage.putJson(id, SubmissionStorage.STARTER_FILES, starterSnapshot(files));
            metrics.ready(readyMillis);
            return session(request, bundle, sandboxId, readyMillis);
        } catch (RuntimeException e) {
            backend.destroy(id);
            throw e;
        }
    }

    private SandboxSession session(ProvisionRequest request, TaskBundle bundle, String sandboxId, long readyMillis) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SandboxSession session = new SandboxSession();
        session.assessmentId = request.assessmentId();
        session.ownerId = request.ownerId();
        session.taskId = request.taskId();
        session.runtime = bundle.runtime();
        session.hiddenRunner = bundle.hiddenTestRunner();
        session.visibleTestCommand = bundle.visibleTestCommand();
        session.state = SandboxSession.READY;
        session.backend = backend.name();
        session.sandboxId = sandboxId;
        session.deadline = request.deadline().atOffset(ZoneOffset.UTC);
        session.readyMillis = readyMillis;
        session.createdAt = now;
        session.readyAt = now;
        session.hiddenFiles = new HiddenFiles(bundle.hiddenFiles().stream()
                .map(f -> new HiddenFiles.BundleFile(f.path(), f.contentBase64()))
                .toList());
        return session;
    }

    /** task-service's bundle must be usable as is; a bad one is task-service's failure (502), not the caller's. */
    private TaskBundle checked(TaskBundle bundle) {
        if (!RUNTIMES.contains(bundle.runtime())) {
            throw new UpstreamException("task-service gave an unknown runtime '" + bundle.runtime() + "'");
        }
        if (!RUNNERS.contains(bundle.hiddenTestRunner())) {
            throw new UpstreamException("task-service gave an unknown hidden test runner");
        }
        try {
            for (TaskBundle.File file : bundle.starterFiles()) {
                WorkspacePath.parse(file.path());
                Base64.getDecoder().decode(file.contentBase64());
            }
            for (TaskBundle.File file : bundle.hiddenFiles()) {
                WorkspacePath path = WorkspacePath.parse(file.path());
                if (!path.value().startsWith("hidden_tests/")) {
                    throw new UpstreamException("a hidden file lies outside hidden_tests/: " + path);
                }
                Base64.getDecoder().decode(file.contentBase64());
            }
        } catch (IllegalArgumentException e) {
            throw new UpstreamException("task-service gave an unusable file: " + e.getMessage());
        }
        return bundle;
    }

    private byte[] starterSnapshot(List<WorkspaceFile> files) {
        List<SnapshotFile> entries = files.stream()
                .map(f -> text(f.content())
                        ? new SnapshotFile(
                                f.path(), "utf-8", new String(f.content(), StandardCharsets.UTF_8), f.content().length)
                        : new SnapshotFile(
                                f.path(),
                                "base64",
                                Base64.getEncoder().encodeToString(f.content()),
                                f.content().length))
                .toList();
        try {
            return json.writeValueAsBytes(new Snapshot(entries, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

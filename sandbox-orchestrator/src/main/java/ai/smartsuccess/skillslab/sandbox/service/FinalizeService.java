package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.SandboxTerminated;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.messaging.SandboxEventPublisher;
import ai.smartsuccess.skillslab.sandbox.model.FinalizeResult;
import ai.smartsuccess.skillslab.sandbox.model.FinalizeResult.FileDigest;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import ai.smartsuccess.skillslab.sandbox.workspace.FinalSnapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.HiddenTestRunner;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceOperations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Ends a session properly: stops the candidate's processes, snapshots the workspace to S3 (noting what in it would
 * interfere with a test run), runs the hidden tests in a sandbox of their own made from that snapshot, and destroys the
 * session's sandbox. The result is stored, so finalize is idempotent.
 */
@ApplicationScoped
public class FinalizeService {

    private static final Logger LOG = Logger.getLogger(FinalizeService.class);

    private final SandboxSessionRepository sessions;
    private final SandboxBackend backend;
    private final WorkspaceOperations workspace;
    private final HiddenTestRunner hiddenTests;
    private final SubmissionStorage storage;
    private final SandboxEventPublisher events;
    private final CommandRecorder recorder;
    private final SandboxConfig.Limits limits;
    private final Duration stuckFinalizeGrace;
    private final ObjectMapper json;
    private final Tracer tracer;
    private final Map<UUID, Uni<FinalizeResult>> inFlight = new ConcurrentHashMap<>();

    FinalizeService(
            SandboxSessionRepository sessions,
            SandboxBackend backend,
            WorkspaceOperations workspace,
            HiddenTestRunner hiddenTests,
            SubmissionStorage storage,
            SandboxEventPublisher events,
            CommandRecorder recorder,
            SandboxConfig config,
            ObjectMapper json,
            Tracer tracer) {
        this.sessions = sessions;
        this.backend = backend;
        this.workspace = workspace;
        this.hiddenTests = hiddenTests;
        this.storage = storage;
        this.events = events;
        this.recorder = recorder;
        this.limits = config.sandbox().limits();
        this.stuckFinalizeGrace = config.sandbox().lifecycle().stuckFinalizeGrace();
        this.json = json;
        this.tracer = tracer;
    }

    /** A block, not an expression: eventually() would otherwise subscribe to the removed Uni, itself. */
    private void forget(UUID id) {
        inFlight.remove(id);
    }

    public boolean isFinalizing(UUID assessmentId) {
        return inFlight.containsKey(assessmentId);
    }

    @WithSpan("sandbox.finalize")
    public Uni<FinalizeResult> finalize(@SpanAttribute("skillslab.assessment.id") UUID assessmentId) {
        // The finalize span is current only while this method assembles the pipeline.
        Context traced = Context.current();
        return Panache.withSession(() -> sessions.findById(assessmentId)).flatMap(session -> {
            if (session == null) {
                return Uni.createFrom()
                        .failure(new NotFoundException("No sandbox for assessment " + assessmentId + "."));
            }
            if (session.isTerminated()) {
                if (session.finalizeResult == null) {
                    return Uni.createFrom()
                            .failure(new ConflictException("The sandbox was destroyed without being finalized."));
                }
                return Uni.createFrom().item(session.finalizeResult);
            }
            return inFlight.computeIfAbsent(
                    assessmentId,
                    id -> run(id, traced).eventually(() -> forget(id)).memoize().indefinitely());
        });
    }

    private Uni<FinalizeResult> run(UUID id, Context traced) {
        return Panache.withTransaction(() -> sessions.findById(id).invoke(s -> {
                    s.state = SandboxSession.FINALIZING;
                    // If this attempt fails and none follows, the reaper frees the sandbox after the grace.
                    s.reapAfter = OffsetDateTime.now(ZoneOffset.UTC).plus(stuckFinalizeGrace);
                }))
                .flatMap(session -> Blocking.call(inSpan(traced, () -> finalizeSandbox(session)))
                        .call(result -> Panache.withTransaction(() -> sessions.findById(id)
                                .invoke(s -> {
                                    s.state = SandboxSession.TERMINATED;
                                    s.terminatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                                    s.terminationReason = "finalized";
                                    s.finalizeResult = result;
                                })))
                        .call(result -> events.publish(SandboxTerminated.of(id, session.sandboxId, "finalized"))))
                .onFailure()
                .invoke(e -> LOG.errorf(e, "finalize of assessment %s failed; it may be retried", id));
    }

    /**
     * The blocking steps (final snapshot, hidden tests) as one child span of the finalize span: the worker thread they
     * run on does not carry the request's trace context by itself.
     */
    private <T> Supplier<T> inSpan(Context parent, Supplier<T> work) {
        return () -> {
            Span span = tracer.spanBuilder("sandbox.final-snapshot-and-hidden-tests")
                    .setParent(parent)
                    .startSpan();
            try (Scope ignored = span.makeCurrent()) {
                return work.get();
            } catch (RuntimeException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                throw e;
            } finally {
                span.end();
            }
        };
    }

    /** Blocking: every step that touches the sandbox or S3. */
    private FinalizeResult finalizeSandbox(SandboxSession session) {
        UUID id = session.assessmentId;
        Instant notAfter = Instant.now().plus(limits.hiddenTestTimeout()).plus(Duration.ofMinutes(2));
        backend.stopProcesses(id);
        // Everything the candidate ran is in the activity outbox now; assessment-service seals the session's tracking
        // once it has taken the session's activity up to this sequence.
        long activitySequence = recorder.seal(id);
        FinalSnapshot finalSnapshot = workspace.finalSnapshot(id, notAfter);
        Snapshot snapshot = finalSnapshot.snapshot();
        ObjectRef finalFiles = storage.putJson(id, SubmissionStorage.FINAL_FILES, bytes(snapshot));
        if (!finalSnapshot.findings().isEmpty()) {
            LOG.infof("final files of assessment %s interfere with test runs: %s", id, finalSnapshot.findings());
        }
        HiddenTestResults results =
                runHiddenTests(session, snapshot).withIntegrityFlags(finalSnapshot.integrityFlags());
        backend.destroy(id);
        List<FileDigest> digests = snapshot.files().stream()
                .map(f -> new FileDigest(f.path(), f.size(), sha256(f.bytes())))
                .toList();
        return new FinalizeResult(
                id, finalFiles, storage.ref(id, SubmissionStorage.STARTER_FILES), digests, results, activitySequence);
    }

    /**
     * In a sandbox of its own, made from the final snapshot and the task's suite (never the session's sandbox, where
     * the candidate's processes ran): see {@link HiddenTestRunner}.
     */
    private HiddenTestResults runHiddenTests(SandboxSession session, Snapshot snapshot) {
        HiddenFiles hidden = session.hiddenFiles;
        if ("none".equals(session.hiddenRunner)
                || hidden == null
                || hidden.files().isEmpty()) {
            return HiddenTestResults.none();
        }
        try {
            return hiddenTests.run(
                    session.assessmentId,
                    session.hiddenRunner,
                    snapshot.files(),
                    hidden.files(),
                    limits.hiddenTestTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("hidden tests of assessment %s could not run: %s", session.assessmentId, e.getMessage());
            return new HiddenTestResults(
                    session.hiddenRunner,
                    0,
                    0,
                    0,
                    0,
                    false,
                    "The hidden tests could not run in the sandbox.",
                    List.of());
        }
    }

    private byte[] bytes(Snapshot snapshot) {
        try {
            return json.writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

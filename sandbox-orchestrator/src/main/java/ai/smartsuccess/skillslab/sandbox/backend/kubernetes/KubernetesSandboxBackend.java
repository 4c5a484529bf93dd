package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.HelperScripts;
import ai.smartsuccess.skillslab.sandbox.backend.IsolatedRun;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TtyExecOutputErrorable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One pod per session in the sandbox namespace. An informer follows the pods (readiness, failures, deletions); a warm
 * pool of idle pods, when configured, makes a session start without waiting for scheduling and image pulls. Commands,
 * files and terminals go through the exec API, as the candidate's user, inside the pod.
 */
@ApplicationScoped
@Typed(KubernetesSandboxBackend.class)
public class KubernetesSandboxBackend implements SandboxBackend {

    public static final String NAME = "kubernetes";
    private static final Logger LOG = Logger.getLogger(KubernetesSandboxBackend.class);
    private static final String STARTER_FILES = resource("starter_files.py");
    /**
     * Runs the program that follows on stdin: {@code sh -c SHELL_LOADER sandbox <length> $0 args...}. An exec stream
     * ({@code v4.channel.k8s.io}) never signals the end of stdin, so the loader reads exactly the program's length and
     * leaves the rest of stdin to the program.
     */
    static final String SHELL_LOADER = "p=$(head -c \"$1\") || exit 126; shift; exec /bin/sh -c \"$p\" \"$@\"";
    /** The same for Python: {@code python3 -c PYTHON_LOADER <length> args...}; the program sees its usual argv. */
    static final String PYTHON_LOADER =
            "import sys; n = int(sys.argv.pop(1)); exec(compile(sys.stdin.buffer.read(n), '<sandbox>', 'exec'))";
    /** Marks a pod that runs one command of a session in isolation ({@link #runIsolated}), never the session's own. */
    public static final String ROLE_LABEL = "skillslab.dev/role";

    public static final String ROLE_ISOLATED = "isolated";
    /** Stdin goes out in frames of this size. */
    private static final int STDIN_FRAME = 32 * 1024;

    private final KubernetesClient client;
    private final SandboxConfig.Kubernetes config;
    private final SandboxPods pods;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Pod> cache = new ConcurrentHashMap<>();
    private SharedIndexInformer<Pod> informer;

    KubernetesSandboxBackend(KubernetesClient client, SandboxConfig config) {
        this.client = client;
        this.config = config.sandbox().kubernetes();
        this.pods = new SandboxPods(this.config);
        start();
    }

    private void start() {
        client.network()
                .v1()
                .networkPolicies()
                .inNamespace(config.namespace())
                .resource(pods.denyAll())
                .createOr(NonDeletingOperation::update);
        informer = client.pods()
                .inNamespace(config.namespace())
                .withLabel(SandboxPods.MANAGED_BY_LABEL, SandboxPods.MANAGED_BY)
                .inform(new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(Pod pod) {
                        cache.put(pod.getMetadata().getName(), pod);
                    }

                    @Override
                    public void onUpdate(Pod old, Pod pod) {
                        cache.put(pod.getMetadata().getName(), pod);
                        if (SandboxPods.isOver(pod) && !SandboxPods.isOver(old)) {
                            LOG.infof(
                                    "sandbox pod %s ended (%s)",
                                    pod.getMetadata().getName(), pod.getStatus().getPhase());
                        }
                    }

                    @Override
                    public void onDelete(Pod pod, boolean unknownFinalState) {
                        cache.remove(pod.getMetadata().getName());
                    }
                });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String create(SandboxSpec spec) {
        UUID id = spec.assessmentId();
        Duration lifetime = Duration.between(Instant.now(), spec.deadline());
        String name = claimWarmPod(id, lifetime).orElseGet(() -> {
            Pod pod = pods.sessionPod(id, lifetime);
            client.pods().inNamespace(config.namespace()).resource(pod).create();
            return pod.getMetadata().getName();
        });
        awaitReady(name);
        if (!spec.files().isEmpty()) {
            upload(id, spec.files(), spec.deadline());
        }
        return name;
    }

    @Override
    public ExecResult exec(UUID assessmentId, ExecRequest request) {
        String name =
                podOf(assessmentId).orElseThrow(() -> new SandboxUnavailableException("the session's pod is gone"));
        return execIn(name, request);
    }

    private ExecResult execIn(String name, ExecRequest request) {
        PodCommand command = PodCommand.of(request.argv(), request.stdin());
        List<String> argv = new ArrayList<>();
        if (!request.env().isEmpty()) {
            // Set for timeout(1) itself, which leads the command's process group.
            argv.add("/usr/bin/env");
            request.env().forEach((variable, value) -> argv.add(variable + "=" + value));
        }
        argv.addAll(List.of(
                "/usr/bin/timeout",
                "-s",
                "KILL",
                String.format(Locale.ROOT, "%.3f", request.timeout().toMillis() / 1000.0)));
        argv.addAll(command.argv());
        CappedOutputStream out = new CappedOutputStream(request.maxOutputBytes());
        CappedOutputStream err = new CappedOutputStream(request.maxOutputBytes());
        ContainerResource container = pod(name).inContainer(SandboxPods.CONTAINER);
        // Without input the command gets none at all (its stdin is at end of file), as it does on the local backend.
        TtyExecOutputErrorable streams = command.stdin().length > 0 ? container.redirectingInput() : container;
        long started = System.nanoTime();
        try (ExecWatch watch = streams.writingOutput(out).writingError(err).exec(argv.toArray(String[]::new))) {
            for (int offset = 0; offset < command.stdin().length; offset += STDIN_FRAME) {
                watch.getInput().write(command.stdin(), offset, Math.min(STDIN_FRAME, command.stdin().length - offset));
                watch.getInput().flush();
            }
            Integer exitCode =
                    watch.exitCode().get(request.timeout().plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            if (exitCode == null) {
                throw new SandboxUnavailableException(
                        "the exec stream of pod " + name + " ended without an exit status");
            }
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            boolean timedOut =
                    exitCode == 137 && durationMs >= request.timeout().toMillis();
            boolean truncated = out.overflowed() || err.overflowed();
            return new ExecResult(exitCode, out.toByteArray(), err.toByteArray(), durationMs, timedOut, truncated);
        } catch (TimeoutException e) {
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            return new ExecResult(137, out.toByteArray(), err.toByteArray(), durationMs, true, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted", e);
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (Exception e) {
            throw new SandboxUnavailableException("exec in pod " + name + " failed", e);
        }
    }

    @Override
    public TerminalProcess openTerminal(UUID assessmentId, TerminalSize size, Instant notAfter) {
        String name =
                podOf(assessmentId).orElseThrow(() -> new SandboxUnavailableException("the session's pod is gone"));
        ExecWatch watch = pod(name)
                .inContainer(SandboxPods.CONTAINER)
                .redirectingInput()
                .redirectingOutput()
                .withTTY()
                .exec("/usr/bin/env", "TERM=xterm-256color", "/bin/bash", "-l");
        watch.resize(size.cols(), size.rows());
        return new PodTerminal(watch);
    }

    @Override
    public void stopProcesses(UUID assessmentId) {
        // Every process of the candidate's user but the pod's PID 1: kill -1 spares init and the calling shell. Not
        // under timeout(1), which kill -1 would end as well.
        podOf(assessmentId).ifPresent(name -> {
            try (ExecWatch watch = pod(name)
                    .inContainer(SandboxPods.CONTAINER)
                    .writingOutput(OutputStream.nullOutputStream())
                    .writingError(OutputStream.nullOutputStream())
                    .exec("/bin/sh", "-c", "kill -KILL -1")) {
                watch.exitCode().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warnf("stopping the processes of pod %s: %s", name, e.getMessage());
            }
        });
    }

    @Override
    public void destroy(UUID assessmentId) {
        client.pods()
                .inNamespace(config.namespace())
                .withLabel(SandboxPods.ASSESSMENT_LABEL, assessmentId.toString())
                .withGracePeriod(0)
                .delete();
    }

    @Override
    public Set<UUID> known() {
        Set<UUID> ids = new HashSet<>();
        cache.values().forEach(pod -> {
            String id = pod.getMetadata().getLabels().get(SandboxPods.ASSESSMENT_LABEL);
            if (id != null) {
                ids.add(UUID.fromString(id));
            }
        });
        return ids;
    }

    /** Tops the warm pool up to its configured size; pods that ended are replaced. */
    @Override
    public void refillWarmPool() {
        List<Pod> warm = cache.values().stream()
                .filter(p ->
                        SandboxPods.POOL_WARM.equals(p.getMetadata().getLabels().get(SandboxPods.POOL_LABEL)))
                .filter(p -> !SandboxPods.isOver(p))
                .toList();
        for (int i = warm.size(); i < config.warmPoolSize(); i++) {
            Pod created = client.pods()
                    .inNamespace(config.namespace())
                    .resource(pods.warmPod())
                    .create();
            cache.putIfAbsent(created.getMetadata().getName(), created);
        }
    }

    /** Warm pods this instance has seen become ready and could claim now. */
    public long readyWarmPods() {
        return cache.values().stream()
                .filter(p ->
                        SandboxPods.POOL_WARM.equals(p.getMetadata().getLabels().get(SandboxPods.POOL_LABEL)))
                .filter(SandboxPods::isReady)
                .count();
    }

    /** Takes a ready idle pod for the session, binding it by label and shortening its lifetime to the deadline. */
    private Optional<String> claimWarmPod(UUID id, Duration lifetime) {
        if (config.warmPoolSize() <= 0) {
            return Optional.empty();
        }
        for (Pod pod : List.copyOf(cache.values())) {
            if (!SandboxPods.POOL_WARM.equals(pod.getMetadata().getLabels().get(SandboxPods.POOL_LABEL))
                    || !SandboxPods.isReady(pod)) {
                continue;
            }
            String name = pod.getMetadata().getName();
            try {
                long age = pod.getStatus().getStartTime() == null
                        ? 0
                        : Duration.between(Instant.parse(pod.getStatus().getStartTime()), Instant.now())
                                .toSeconds();
                Pod claimed = pod(name).edit(p -> {
                    if (!SandboxPods.POOL_WARM.equals(
                            p.getMetadata().getLabels().get(SandboxPods.POOL_LABEL))) {
                        throw new IllegalStateException("claimed by another");
                    }
                    p.getMetadata().getLabels().put(SandboxPods.POOL_LABEL, SandboxPods.POOL_ASSIGNED);
                    p.getMetadata().getLabels().put(SandboxPods.ASSESSMENT_LABEL, id.toString());
                    p.getSpec().setActiveDeadlineSeconds(Math.max(1, age + lifetime.toSeconds()));
                    return p;
                });
                cache.put(name, claimed);
                return Optional.of(name);
            } catch (RuntimeException e) {
                LOG.debugf("warm pod %s not claimed: %s", name, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private void awaitReady(String name) {
        long until = System.nanoTime() + config.readyTimeout().toNanos();
        while (System.nanoTime() < until) {
            Pod pod = cache.get(name);
            if (pod != null && SandboxPods.isReady(pod)) {
                return;
            }
            if (pod != null && SandboxPods.isOver(pod)) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // A pod that never became ready is not left behind (the seed's orphaned machines).
        pod(name).withGracePeriod(0).delete();
        throw new SandboxUnavailableException("sandbox pod " + name + " did not become ready");
    }

    private void upload(UUID id, List<WorkspaceFile> files, Instant notAfter) {
        String name = podOf(id).orElseThrow(() -> new SandboxUnavailableException("the session's pod is gone"));
        upload(name, files, null, notAfter);
    }

    /** Writes files into a pod's fresh workspace; {@code readOnlyDir}, if any, loses its write permissions after. */
    private void upload(String pod, List<WorkspaceFile> files, String readOnlyDir, Instant notAfter) {
        List<StarterFile> payload = new ArrayList<>();
        for (WorkspaceFile file : files) {
            payload.add(new StarterFile(
                    WorkspacePath.parse(file.path()).value(),
                    Base64.getEncoder().encodeToString(file.content())));
        }
        byte[] stdin;
        try {
            stdin = json.writeValueAsBytes(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<String> args = new ArrayList<>(List.of(Integer.toString(stdin.length)));
        if (readOnlyDir != null) {
            args.add(readOnlyDir);
        }
        ExecResult result = execIn(
                pod,
                new ExecRequest(
                        HelperScripts.python(STARTER_FILES, args), stdin, Duration.ofSeconds(30), 64 * 1024, notAfter));
        if (result.exitCode() != 0) {
            throw new SandboxUnavailableException("files not written into pod " + pod + ": " + result.stderrText());
        }
    }

    /**
     * A pod of its own for the command, made like the session's ({@link SandboxPods#sessionPod}: the same limits,
     * security context and deny-all network), labelled with the session (so that {@code destroy} and the reaper find
     * it) and {@code skillslab.dev/role=isolated} (so that nothing of the session's ever runs there). Its workspace gets
     * the files by exec before the command; the platform's files lose their write permissions (in a pod they belong to
     * the same user as the code under test, so this is as far as a pod goes: the harness checks their content too).
     */
    @Override
    public ExecResult runIsolated(UUID assessmentId, IsolatedRun run) {
        ExecRequest request = run.request();
        Instant until = Instant.now()
                .plus(config.readyTimeout())
                .plus(request.timeout())
                .plusSeconds(30);
        Pod pod = pods.sessionPod(assessmentId, Duration.between(Instant.now(), until));
        String name = SandboxPods.podName(assessmentId) + "-isolated-"
                + UUID.randomUUID().toString().substring(0, 6);
        pod.getMetadata().setName(name);
        pod.getMetadata().getLabels().put(ROLE_LABEL, ROLE_ISOLATED);
        client.pods().inNamespace(config.namespace()).resource(pod).create();
        try {
            awaitReady(name);
            List<WorkspaceFile> files = new ArrayList<>(run.files());
            files.addAll(run.platformFiles());
            String readOnly = run.platformFiles().isEmpty()
                    ? null
                    : WorkspacePath.parse(run.platformFiles().get(0).path())
                            .value()
                            .split("/")[0];
            upload(name, files, readOnly, until);
            return execIn(name, request);
        } finally {
            pod(name).withGracePeriod(0).delete();
        }
    }

    private Optional<String> podOf(UUID assessmentId) {
        return cache.values().stream()
                .filter(p -> assessmentId
                        .toString()
                        .equals(p.getMetadata().getLabels().get(SandboxPods.ASSESSMENT_LABEL)))
                .filter(p -> !SandboxPods.isOver(p))
                .filter(p -> !ROLE_ISOLATED.equals(p.getMetadata().getLabels().get(ROLE_LABEL)))
                .map(p -> p.getMetadata().getName())
                .findFirst();
    }

    private PodResource pod(String name) {
        return client.pods().inNamespace(config.namespace()).withName(name);
    }

    @PreDestroy
    void stop() {
        if (informer != null) {
            informer.close();
        }
    }

    private static String resource(String name) {
        try (InputStream in = KubernetesSandboxBackend.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One starter file as {@code starter_files.py} reads it. */
    record StarterFile(String path, String contentBase64) {}

    /**
     * A command as it goes to the pod. A shell or Python program given inline ({@code -c program}) travels on stdin,
     * ahead of the command's own input, behind a one-line loader: the exec URL (and every API-server audit entry) then
     * holds a short command line instead of kilobytes of script, well within the request-line limits of the proxies in
     * front of API servers.
     */
    record PodCommand(List<String> argv, byte[] stdin) {

        static PodCommand of(List<String> argv, byte[] stdin) {
            // [prefix...] interpreter [flags...] -c program [args...], the interpreter being /bin/sh or python3.
            int c = argv.indexOf("-c");
            int interpreter = -1;
            for (int i = 0; i < c; i++) {
                if ("/bin/sh".equals(argv.get(i)) || HelperScripts.PYTHON.equals(argv.get(i))) {
                    interpreter = i;
                }
            }
            if (interpreter < 0 || c + 1 >= argv.size()) {
                return new PodCommand(argv, stdin);
            }
            for (int i = interpreter + 1; i < c; i++) {
                if (!argv.get(i).startsWith("-")) {
                    return new PodCommand(argv, stdin);
                }
            }
            byte[] program = argv.get(c + 1).getBytes(StandardCharsets.UTF_8);
            List<String> rest = argv.subList(c + 2, argv.size());
            List<String> loaded = new ArrayList<>(argv.subList(0, c + 1));
            if ("/bin/sh".equals(argv.get(interpreter))) {
                loaded.addAll(List.of(SHELL_LOADER, "sandbox", Integer.toString(program.length)));
            } else {
                loaded.addAll(List.of(PYTHON_LOADER, Integer.toString(program.length)));
            }
            loaded.addAll(rest);
            byte[] input = new byte[program.length + stdin.length];
            System.arraycopy(program, 0, input, 0, program.length);
            System.arraycopy(stdin, 0, input, program.length, stdin.length);
            return new PodCommand(List.copyOf(loaded), input);
        }
    }

    /** Keeps the first bytes and remembers whether more came. */
    static final class CappedOutputStream extends ByteArrayOutputStream {
        private final int max;
        private boolean overflowed;

        CappedOutputStream(int max) {
            this.max = max;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, max - count);
            if (len > room) {
                overflowed = true;
            }
            super.write(b, off, Math.min(len, room));
        }

        @Override
        public synchronized void write(int b) {
            if (count < max) {
                super.write(b);
            } else {
                overflowed = true;
            }
        }

        boolean overflowed() {
            return overflowed;
        }
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.sandbox.PodExecs.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.sandbox.PodExecs.Exec;
import ai.smartsuccess.skillslab.sandbox.PodExecs.Reply;
import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.IsolatedRun;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesBackends;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.SandboxPods;
import ai.smartsuccess.skillslab.sandbox.backend.local.TestConfigs;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code src/test/resources/kubernetes-api-operations.txt}, the Kubernetes API operations the orchestrator's Role
 * grants, is exactly what the Kubernetes backend does: this test drives the backend (without Quarkus, against a fabric8
 * mock API server of its own, the test playing the kubelet) through every place where it calls the API, and compares
 * the operations the server received with the list. The other Kubernetes test classes check after each test that the
 * service did nothing outside the list; together the list is what every Kubernetes test saw, whatever their order.
 */
class KubernetesApiOperationsTest {

    private static final String IMAGE = "registry.example.test/skillslab-sandbox@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private KubernetesServer server;
    /** The backend's client, as the service's: the fabric8 client's own user agent. */
    private KubernetesClient service;
    /** The test's kubelet and look-ups, set apart by their user agent. */
    private KubernetesClient kubelet;

    private final List<KubernetesSandboxBackend> started = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = new KubernetesServer(false, true, InetAddress.getLoopbackAddress(), 0, List.of());
        server.before();
        service = server.getClient();
        kubelet = KubernetesApiOperations.testClient(server);
    }

    @AfterEach
    void stopServer() {
        started.forEach(KubernetesBackends::stop);
        kubelet.close();
        server.after();
    }

    @Test
    void the_committed_list_is_exactly_the_operations_the_backend_performs() throws Exception {
        // Starting in an empty namespace: the deny-all policy is created, the informer lists and watches the pods.
        KubernetesSandboxBackend backend = start();
        PodExecs pods = new PodExecs(server);

        // The warm pool is filled; a session then claims the ready warm pod (read, then patched with its labels).
        backend.refillWarmPool();
        Pod warm = Kubelet.awaitPod(
                kubelet, NAMESPACE, Map.of(SandboxPods.POOL_LABEL, SandboxPods.POOL_WARM), Duration.ofSeconds(30));
        markReady(warm);
        await().atMost(Duration.ofSeconds(30)).until(() -> backend.readyWarmPods() == 1);
        UUID id = UUID.randomUUID();
        String pod = warm.getMetadata().getName();
        String starter = payload("main.py", "print('hi')\n");
        pods.answerOnce(
                PodExecs.isolatedPythonProgram(
                        pod,
                        Duration.ofSeconds(30),
                        PodExecs.STARTER_FILES_PY,
                        List.of(Integer.toString(bytes(starter).length)),
                        starter),
                Reply.exit(0));
        String name = backend.create(new SandboxSpec(
                id,
                "python",
                Instant.now().plus(Duration.ofMinutes(30)),
                List.of(new WorkspaceFile("main.py", bytes("print('hi')\n")))));
        assertThat(name).isEqualTo(pod);

        // A command, the Stop's kill and a terminal: each an exec into the session's pod.
        pods.answerOnce(PodExecs.command(pod, Duration.ofSeconds(5), "/bin/true"), Reply.exit(0));
        assertThat(backend.exec(id, request(List.of("/bin/true"), null)).exitCode())
                .isZero();
        pods.answerOnce(PodExecs.killAll(pod), Reply.exit(0));
        backend.stopProcesses(id);
        Exec shell = PodExecs.loginShell(pod);
        server.expect()
                .get()
                .withPath(shell.path())
                .andUpgradeToWebSocket()
                .open()
                .expect(PodExecs.frame(PodExecs.RESIZE, "{\"Width\":80,\"Height\":24}"))
                .andEmit(PodExecs.status(0, true))
                .once()
                .done()
                .once();
        try (TerminalProcess terminal =
                backend.openTerminal(id, new TerminalSize(80, 24), Instant.now().plusSeconds(600))) {
            assertThat(terminal.waitFor()).isZero();
        }

        // A command in a pod of its own: created, given its files, run, deleted.
        CompletableFuture<ExecResult> isolated = CompletableFuture.supplyAsync(() -> backend.runIsolated(
                id,
                new IsolatedRun(
                        List.of(new WorkspaceFile("main.py", bytes("print('hi')\n"))),
                        List.of(new WorkspaceFile("hidden_tests/test_main.py", bytes("pass\n"))),
                        request(List.of("/bin/true"), null))));
        Pod own = Kubelet.awaitPod(
                kubelet,
                NAMESPACE,
                Map.of(KubernetesSandboxBackend.ROLE_LABEL, KubernetesSandboxBackend.ROLE_ISOLATED),
                Duration.ofSeconds(30));
        String files = payload("main.py", "print('hi')\n", "hidden_tests/test_main.py", "pass\n");
        pods.answerOnce(
                PodExecs.isolatedPythonProgram(
                        own.getMetadata().getName(),
                        Duration.ofSeconds(30),
                        PodExecs.STARTER_FILES_PY,
                        List.of(Integer.toString(bytes(files).length), "hidden_tests"),
                        files),
                Reply.exit(0));
        pods.answerOnce(
                PodExecs.command(own.getMetadata().getName(), Duration.ofSeconds(5), "/bin/true"), Reply.exit(0));
        markReady(own);
        assertThat(isolated.get(60, TimeUnit.SECONDS).exitCode()).isZero();

        // The session ends: its pods go by label.
        backend.destroy(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> kubelet.pods()
                        .inNamespace(NAMESPACE)
                        .withLabel(SandboxPods.ASSESSMENT_LABEL, id.toString())
                        .list()
                        .getItems()
                        .isEmpty());

        // Another instance (or a restart) finds the policy there: it is read and updated in place.
        start();

        // The informer's watch may reach the server a moment after start returns.
        Set<String> committed = KubernetesApiOperations.committed();
        KubernetesApiOperations.Recorder recorder = KubernetesApiOperations.recorder(server);
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> recorder.operations().containsAll(committed));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // The comparison below names what is missing.
        }
        Set<String> seen = recorder.operations();
        KubernetesApiOperations.write(
                Path.of("target", "kubernetes-api-operations", "KubernetesApiOperationsTest.txt"), seen);
        assertThat(seen)
                .as(
                        "the Kubernetes API operations of the backend; %s must list exactly these",
                        KubernetesApiOperations.COMMITTED)
                .containsExactlyElementsOf(committed);
    }

    @Test
    void the_committed_list_is_sorted_without_duplicates_and_in_rbac_terms() {
        List<String> lines = KubernetesApiOperations.operationLines(KubernetesApiOperations.committedText());
        assertThat(lines).isSorted().doesNotHaveDuplicates().isNotEmpty();
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .matches("[a-z]+(/[a-z]+)? (get|list|watch|create|update|patch|delete|deletecollection)"));
        assertThat(KubernetesApiOperations.committedText()).contains("#");
    }

    @Test
    void requests_map_to_the_rbac_verbs_they_need() {
        String pods = "/api/v1/namespaces/ns/pods";
        assertThat(KubernetesApiOperations.operations("GET", pods + "?labelSelector=a%3Db"))
                .containsExactly("pods list");
        assertThat(KubernetesApiOperations.operations("GET", pods + "?allowWatchBookmarks=true&watch=true"))
                .containsExactly("pods watch");
        assertThat(KubernetesApiOperations.operations("GET", pods + "/p")).containsExactly("pods get");
        assertThat(KubernetesApiOperations.operations("POST", pods)).containsExactly("pods create");
        assertThat(KubernetesApiOperations.operations("PATCH", pods + "/p")).containsExactly("pods patch");
        assertThat(KubernetesApiOperations.operations("PUT", pods + "/p/status"))
                .containsExactly("pods/status update");
        assertThat(KubernetesApiOperations.operations("DELETE", pods + "/p")).containsExactly("pods delete");
        assertThat(KubernetesApiOperations.operations("DELETE", pods + "?labelSelector=a%3Db"))
                .containsExactly("pods deletecollection");
        // An exec over a WebSocket is a GET: authorized as get, and since Kubernetes 1.35 as create as well.
        assertThat(KubernetesApiOperations.operations("GET", pods + "/p/exec?command=true&stdout=true"))
                .containsExactlyInAnyOrder("pods/exec get", "pods/exec create");
        assertThat(KubernetesApiOperations.operations(
                        "PUT", "/apis/networking.k8s.io/v1/namespaces/ns/networkpolicies/deny"))
                .containsExactly("networkpolicies update");
    }

    private KubernetesSandboxBackend start() {
        KubernetesSandboxBackend backend = KubernetesBackends.start(service, config());
        started.add(backend);
        return backend;
    }

    private static SandboxConfig config() {
        return TestConfigs.sandbox(
                Path.of("/nonexistent"),
                Map.of(
                        "skillslab.sandbox.kubernetes.namespace", NAMESPACE,
                        "skillslab.sandbox.kubernetes.image", IMAGE,
                        "skillslab.sandbox.kubernetes.require-digest", "true",
                        "skillslab.sandbox.kubernetes.warm-pool-size", "1",
                        "skillslab.sandbox.kubernetes.ready-timeout", "30s"));
    }

    private static ExecRequest request(List<String> argv, byte[] stdin) {
        return new ExecRequest(
                argv, stdin, Duration.ofSeconds(5), 4096, Instant.now().plusSeconds(600));
    }

    private void markReady(Pod pod) {
        Kubelet.markReady(kubelet, pod);
    }

    /** Files as {@code starter_files.py} reads them on stdin: path, content, path, content... in that order. */
    private static String payload(String... pathsAndContents) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            json.append(i > 0 ? "," : "")
                    .append("{\"path\":\"")
                    .append(pathsAndContents[i])
                    .append("\",\"contentBase64\":\"")
                    .append(Base64.getEncoder().encodeToString(bytes(pathsAndContents[i + 1])))
                    .append("\"}");
        }
        return json.append("]").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The Kubernetes API operations the service performs, as RBAC names them ({@code <resource>[/<subresource>] <verb>}),
 * read from what the fabric8 mock API server received, and the committed list of them
 * ({@code src/test/resources/kubernetes-api-operations.txt}) that the orchestrator's Role grants.
 *
 * <p>The mock server keeps every request in one queue; this class alone drains it, keeps each server's requests for
 * {@link PodExecs#callsInto} and records the operations of every request but the test's own. The test's own calls (its
 * kubelet marking pods ready, its look-ups) go through {@link #testClient}, whose user agent sets them apart: the
 * service and the test share one API server, and the Role is about the service alone.
 */
public final class KubernetesApiOperations {

    /** Where the committed list lives, from the module's directory (the tests' working directory). */
    public static final Path COMMITTED = Path.of("src/test/resources/kubernetes-api-operations.txt");

    /** The user agent of the test's own client: its requests are no operation of the service's. */
    public static final String TEST_USER_AGENT = "skillslab-test-kubelet";

    /** Subresources that stream over an upgraded connection: fabric8 opens them with a WebSocket GET. */
    private static final Set<String> STREAMING = Set.of("exec", "attach", "portforward");

    private static final Map<KubernetesMockServer, Recorder> RECORDERS = new IdentityHashMap<>();

    private KubernetesApiOperations() {}

    /** A client of the mock server for the test's own calls, told apart from the service's by its user agent. */
    public static KubernetesClient testClient(KubernetesServer server) {
        Config config = new ConfigBuilder(server.getClient().getConfiguration())
                .withUserAgent(TEST_USER_AGENT)
                .build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** The one recorder of a mock server's requests. */
    public static synchronized Recorder recorder(KubernetesServer server) {
        return RECORDERS.computeIfAbsent(server.getKubernetesMockServer(), Recorder::new);
    }

    /**
     * After a test of a class that runs the service against the mock server: every operation the service performed
     * so far must be in the committed list (the list's own test shows that the backend needs all of them). What the
     * class saw is also written to {@code target/kubernetes-api-operations/<class>.txt}.
     */
    public static void assertCommittedCovers(KubernetesServer server, Class<?> testClass) {
        Recorder recorder = recorder(server);
        recorder.takeUnread(); // no test looks back past its own start
        Set<String> seen = recorder.operations();
        write(Path.of("target", "kubernetes-api-operations", testClass.getSimpleName() + ".txt"), seen);
        assertThat(committed())
                .as(
                        "Kubernetes API operations of the service in %s missing from %s (add them with a comment saying"
                                + " why, and grant them in the orchestrator's Role)",
                        testClass.getSimpleName(), COMMITTED)
                .containsAll(seen);
    }

    /** The committed list: its operation lines, without comments and blank lines. */
    public static Set<String> committed() {
        return new TreeSet<>(operationLines(committedText()));
    }

    static String committedText() {
        try (InputStream in = KubernetesApiOperations.class.getResourceAsStream("/kubernetes-api-operations.txt")) {
            if (in == null) {
                throw new IllegalStateException("kubernetes-api-operations.txt is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> operationLines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /**
     * The RBAC operations one request needs: the verb follows the HTTP method, and for a GET whether it names an
     * object ({@code get}), watches ({@code watch}) or reads a collection ({@code list}); a DELETE of a collection is
     * {@code deletecollection}. A WebSocket GET on {@code pods/exec} (how fabric8 execs) is authorized as {@code get}
     * and, since Kubernetes 1.35 ({@code AuthorizePodWebsocketUpgradeCreatePermission}, on by default), as
     * {@code create} as well, which is what SPDY exec always needed: it needs both.
     */
    public static Set<String> operations(String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        List<String> segments =
                new ArrayList<>(Arrays.asList(path.replaceAll("^/+|/+$", "").split("/")));
        if (segments.size() >= 2 && segments.get(0).equals("api")) {
            segments = segments.subList(2, segments.size()); // api/v1
        } else if (segments.size() >= 3 && segments.get(0).equals("apis")) {
            segments = segments.subList(3, segments.size()); // apis/<group>/<version>
        } else {
            // Discovery and other non-resource URLs: named by path, so that any shows up in the comparison.
            return Set.of(path + " " + method.toLowerCase(java.util.Locale.ROOT));
        }
        if (segments.size() >= 3 && segments.get(0).equals("namespaces")) {
            segments = segments.subList(2, segments.size()); // namespaces/<namespace>
        }
        String resource = segments.isEmpty() ? "" : segments.get(0);
        boolean named = segments.size() >= 2;
        String subresource = segments.size() >= 3 ? segments.get(2) : null;
        String name = subresource == null ? resource : resource + "/" + subresource;
        if (subresource != null && STREAMING.contains(subresource)) {
            return "GET".equals(method) ? Set.of(name + " get", name + " create") : Set.of(name + " create");
        }
        String verb = switch (method) {
            case "GET" -> named ? "get" : watch(query) ? "watch" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> method.toLowerCase(java.util.Locale.ROOT);
        };
        return Set.of(name + " " + verb);
    }

    private static boolean watch(String query) {
        return Arrays.stream(query.split("&")).anyMatch(p -> p.equals("watch=true") || p.equals("watch=1"));
    }

    static void write(Path file, Set<String> operations) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", operations) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mock server's requests, drained from its queue: the operations of the service's, and the unread ones. */
    public static final class Recorder {
        private final KubernetesMockServer server;
        private final Set<String> operations = new TreeSet<>();
        private final List<RecordedRequest> unread = new ArrayList<>();

        private Recorder(KubernetesMockServer server) {
            this.server = server;
        }

        /** Takes what the server received since the last drain. */
        public synchronized void drain() {
            try {
                RecordedRequest request;
                while ((request = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
                    unread.add(request);
                    if (!TEST_USER_AGENT.equals(request.getHeader("User-Agent"))) {
                        operations.addAll(KubernetesApiOperations.operations(request.getMethod(), request.getPath()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Every operation of the service's seen so far, sorted. */
        public synchronized Set<String> operations() {
            drain();
            return new TreeSet<>(operations);
        }

        /** The requests (the test's own included) received since the last call, in the order they arrived. */
        synchronized List<RecordedRequest> takeUnread() {
            drain();
            List<RecordedRequest> taken = List.copyOf(unread);
            unread.clear();
            return taken;
        }
    }
}

package ai.smartsuccess.skillslab.sandbox;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@code @QuarkusTest} of the service on the Kubernetes backend, against the fabric8 mock API server in CRUD mode
 * (the subclass says {@code @WithKubernetesTestServer(crud = true)}), the test playing the kubelet. After each test,
 * the service must have used no API operation outside the committed list (see {@link KubernetesApiOperations}).
 */
public abstract class KubernetesMockTest {

    @KubernetesTestServer
    protected KubernetesServer server;

    /** The test's own client (its kubelet and its look-ups), apart from the service's. */
    protected KubernetesClient client;

    @BeforeEach
    protected void openTestClient() {
        client = KubernetesApiOperations.testClient(server);
    }

    @AfterEach
    protected void apiOperationsAreCommitted() {
        client.close();
        KubernetesApiOperations.assertCommittedCovers(server, getClass());
    }

    /** What the kubelet reports once the pod's container runs and its readiness probe passed. */
    protected void markReady(Pod pod) {
        Kubelet.markReady(client, pod);
    }
}

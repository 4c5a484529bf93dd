package ai.smartsuccess.skillslab.sandbox;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What a test does as the kubelet on the fabric8 mock API server, which has none. */
public final class Kubelet {

    /**
     * What the kubelet reports once the pod's container runs and its readiness probe passed. Starts from the pod's
     * current version: the service may have changed it since the test read it.
     */
    public static void markReady(KubernetesClient client, Pod pod) {
        String namespace = pod.getMetadata().getNamespace();
        Pod current = client.pods()
                .inNamespace(namespace)
                .withName(pod.getMetadata().getName())
                .get();
        client.pods()
                .inNamespace(namespace)
                .resource(new PodBuilder(current)
                        .editOrNewStatus()
                        .withPhase("Running")
                        .withStartTime(Instant.now().toString())
                        .withConditions(new PodConditionBuilder()
                                .withType("Ready")
                                .withStatus("True")
                                .build())
                        .endStatus()
                        .build())
                .updateStatus();
    }

    /** The first pod of the namespace with all these labels, once there is one (the service creates it meanwhile). */
    public static Pod awaitPod(KubernetesClient client, String namespace, Map<String, String> labels, Duration wait) {
        return await().atMost(wait)
                .until(
                        () -> client.pods().inNamespace(namespace).withLabels(labels).list().getItems().stream()
                                .findFirst()
                                .orElse(null),
                        pod -> pod != null);
    }

    private Kubelet() {}
}

package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.sandbox.KubernetesMockTest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The Kubernetes backend against the fabric8 mock API server in CRUD mode; the test plays the kubelet. */
@QuarkusTest
@TestProfile(KubernetesBackendProfile.class)
@WithKubernetesTestServer(crud = true)
class KubernetesSandboxBackendTest extends KubernetesMockTest {

    private static final String NS = "sandboxes-test";
    static final String IMAGE = "registry.example.test/skillslab-sandbox@sha256:"
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Inject
    SandboxBackend backend;

    @Inject
    KubernetesSandboxBackend kubernetes;

    @Test
    void a_session_pod_is_hardened_and_the_namespace_denies_all_traffic() {
        UUID id = UUID.randomUUID();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(90));
        CompletableFuture<String> created =
                CompletableFuture.supplyAsync(() -> backend.create(new SandboxSpec(id, "python", deadline, List.of())));
        Pod pod = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> client.pods()
                                .inNamespace(NS)
                                .withName(SandboxPods.podName(id))
                                .get(),
                        p -> p != null);
        markReady(pod);
        assertThat(created.join()).isEqualTo(SandboxPods.podName(id));

        assertThat(pod.getMetadata().getLabels())
                .containsEntry(SandboxPods.ASSESSMENT_LABEL, id.toString())
                .containsEntry(SandboxPods.APP_LABEL, SandboxPods.APP);
        var spec = pod.getSpec();
        assertThat(spec.getAutomountServiceAccountToken()).isFalse();
        assertThat(spec.getEnableServiceLinks()).isFalse();
        assertThat(spec.getHostUsers()).isFalse();
        assertThat(spec.getRuntimeClassName()).isEqualTo("gvisor");
        assertThat(spec.getActiveDeadlineSeconds()).isBetween(90L * 60 - 30, 90L * 60);
        assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(spec.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
        assertThat(spec.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        Container container = spec.getContainers().get(0);
        assertThat(container.getImage()).isEqualTo(IMAGE);
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getPrivileged()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getResources().getLimits().get("cpu").toString()).isEqualTo("1");
        assertThat(container.getResources().getLimits().get("memory").toString())
                .isEqualTo("2Gi");
        assertThat(container.getResources().getLimits()).containsKey("ephemeral-storage");
        assertThat(container.getResources().getRequests())
                .isEqualTo(container.getResources().getLimits());
        assertThat(spec.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("workspace");
            assertThat(v.getEmptyDir().getSizeLimit().toString()).isEqualTo("512Mi");
        });
        // /tmp and /dev/shm are memory, sized, and counted in the memory limit.
        assertThat(spec.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("shm");
            assertThat(v.getEmptyDir().getMedium()).isEqualTo("Memory");
            assertThat(v.getEmptyDir().getSizeLimit().toString()).isEqualTo("64Mi");
        });
        assertThat(container.getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/dev/shm"));

        NetworkPolicy policy = client.network()
                .v1()
                .networkPolicies()
                .inNamespace(NS)
                .withName("skillslab-sandbox-deny-all")
                .get();
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        assertThat(policy.getSpec().getIngress()).isNullOrEmpty();

        backend.destroy(id);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.pods()
                                .inNamespace(NS)
                                .withName(SandboxPods.podName(id))
                                .get()
                        == null);
    }

    @Test
    void the_warm_pool_refills_and_a_session_takes_a_ready_warm_pod() {
        await().atMost(Duration.ofSeconds(60)).until(() -> warmPods().size() == 2);
        warmPods().forEach(this::markReady);
        // The backend learns of readiness through its informer, a moment after the API server has it.
        await().atMost(Duration.ofSeconds(60)).until(() -> kubernetes.readyWarmPods() == 2);

        UUID id = UUID.randomUUID();
        String name = backend.create(new SandboxSpec(id, "node", Instant.now().plusSeconds(3600), List.of()));
        assertThat(name).startsWith("sandbox-warm-");
        Pod claimed = client.pods().inNamespace(NS).withName(name).get();
        assertThat(claimed.getMetadata().getLabels())
                .containsEntry(SandboxPods.ASSESSMENT_LABEL, id.toString())
                .containsEntry(SandboxPods.POOL_LABEL, SandboxPods.POOL_ASSIGNED);
        assertThat(claimed.getSpec().getActiveDeadlineSeconds()).isLessThanOrEqualTo(3600L);

        // The pool is topped up again, and a warm pod that is deleted is replaced.
        await().atMost(Duration.ofSeconds(60)).until(() -> warmPods().size() == 2);
        client.pods()
                .inNamespace(NS)
                .withName(warmPods().get(0).getMetadata().getName())
                .delete();
        await().atMost(Duration.ofSeconds(60)).until(() -> warmPods().size() == 2);
        backend.destroy(id);
    }

    @Test
    void a_pod_without_a_live_session_is_reaped_and_a_failed_pod_is_no_sandbox() {
        UUID orphan = UUID.randomUUID();
        client.pods()
                .inNamespace(NS)
                .resource(new SandboxPods(config()).sessionPod(orphan, Duration.ofHours(1)))
                .create();
        await().atMost(Duration.ofSeconds(40))
                .until(() -> client.pods()
                                .inNamespace(NS)
                                .withName(SandboxPods.podName(orphan))
                                .get()
                        == null);

        UUID failed = UUID.randomUUID();
        Pod pod = client.pods()
                .inNamespace(NS)
                .resource(new SandboxPods(config()).sessionPod(failed, Duration.ofHours(1)))
                .create();
        markReady(pod);
        Pod current = client.pods()
                .inNamespace(NS)
                .withName(pod.getMetadata().getName())
                .get();
        current.getStatus().setPhase("Failed");
        client.pods().inNamespace(NS).resource(current).updateStatus();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThatThrownBy(() -> backend.exec(
                                failed,
                                new ExecRequest(
                                        List.of("true"),
                                        null,
                                        Duration.ofSeconds(5),
                                        1024,
                                        Instant.now().plusSeconds(60))))
                        .isInstanceOf(SandboxUnavailableException.class));
    }

    private List<Pod> warmPods() {
        return client.pods()
                .inNamespace(NS)
                .withLabel(SandboxPods.POOL_LABEL, SandboxPods.POOL_WARM)
                .list()
                .getItems();
    }

    private static ai.smartsuccess.skillslab.sandbox.config.SandboxConfig.Kubernetes config() {
        return io.quarkus.arc.Arc.container()
                .instance(ai.smartsuccess.skillslab.sandbox.config.SandboxConfig.class)
                .get()
                .sandbox()
                .kubernetes();
    }
}

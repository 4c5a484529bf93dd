package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a sandbox pod and the sandbox namespace's network policy look like: Pod Security "restricted" and then some
 * (read-only root, no service-account token, no service links, no egress at all, a user namespace of its own), with
 * its image pinned by digest and its memory (its memory-backed /tmp and /dev/shm included), CPU, ephemeral storage and
 * workspace size limited.
 */
public final class SandboxPods {

    public static final String APP_LABEL = "app.kubernetes.io/name";
    public static final String APP = "skillslab-sandbox";
    public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY = "sandbox-orchestrator";
    public static final String ASSESSMENT_LABEL = "skillslab.dev/assessment-id";
    public static final String POOL_LABEL = "skillslab.dev/pool";
    public static final String POOL_WARM = "warm";
    public static final String POOL_ASSIGNED = "assigned";
    public static final String CONTAINER = "sandbox";
    public static final long UID = 1000;
    /** Pods of the warm pool live at most this long unassigned; assignment shortens it to the session's deadline. */
    static final Duration WARM_LIFETIME = Duration.ofHours(12);

    private final SandboxConfig.Kubernetes config;

    private static final Pattern DIGEST = Pattern.compile("[^@\\s]+@sha256:[0-9a-f]{64}");

    public SandboxPods(SandboxConfig.Kubernetes config) {
        if (config.requireDigest() && !DIGEST.matcher(config.image()).matches()) {
            throw new IllegalStateException(
                    "skillslab.sandbox.kubernetes.image (SANDBOX_IMAGE) must be pinned by digest,"
                            + " name@sha256:<64 hex digits>, not '" + config.image() + "'");
        }
        this.config = config;
    }

    public static String podName(UUID assessmentId) {
        return "sandbox-" + assessmentId;
    }

    /** A pod for one session: it ends by itself at the deadline ({@code activeDeadlineSeconds}). */
    public Pod sessionPod(UUID assessmentId, Duration lifetime) {
        return pod(
                podName(assessmentId),
                Map.of(ASSESSMENT_LABEL, assessmentId.toString(), POOL_LABEL, POOL_ASSIGNED),
                lifetime);
    }

    /** An idle pod of the warm pool, assigned to a session later by relabelling it. */
    public Pod warmPod() {
        return pod(
                "sandbox-warm-" + UUID.randomUUID().toString().substring(0, 13),
                Map.of(POOL_LABEL, POOL_WARM),
                WARM_LIFETIME);
    }

    private Pod pod(String name, Map<String, String> labels, Duration lifetime) {
        Map<String, Quantity> limits = Map.of(
                "cpu", new Quantity(config.cpu()),
                "memory", new Quantity(config.memory()),
                "ephemeral-storage", new Quantity(config.ephemeralStorage()));
        PodBuilder builder = new PodBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(config.namespace())
                .addToLabels(APP_LABEL, APP)
                .addToLabels(MANAGED_BY_LABEL, MANAGED_BY)
                .addToLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withHostname("sandbox")
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withHostUsers(!config.userNamespace())
                .withRestartPolicy("Never")
                .withActiveDeadlineSeconds(Math.max(1, lifetime.toSeconds()))
                .withTerminationGracePeriodSeconds(0L)
                .withNewSecurityContext()
                .withRunAsNonRoot(true)
                .withRunAsUser(UID)
                .withRunAsGroup(UID)
                .withFsGroup(UID)
                .withNewSeccompProfile()
                .withType("RuntimeDefault")
                .endSeccompProfile()
                .endSecurityContext()
                .addNewContainer()
                .withName(CONTAINER)
                .withImage(config.image())
                .withImagePullPolicy("IfNotPresent")
                // PID 1 only holds the pod; the candidate's shells and commands arrive through exec.
                .withCommand("/bin/sh", "-c", "trap 'exit 0' TERM; while :; do sleep 3600; done")
                .withWorkingDir("/workspace")
                .addNewEnv()
                .withName("HOME")
                .withValue("/workspace")
                .endEnv()
                .addNewEnv()
                .withName("PATH")
                // The image's Node packages (React, Vite, Vitest...) live at /node_modules; their commands come last.
                .withValue("/usr/local/bin:/usr/bin:/bin:/node_modules/.bin")
                .endEnv()
                .withNewSecurityContext()
                .withAllowPrivilegeEscalation(false)
                .withReadOnlyRootFilesystem(true)
                .withRunAsNonRoot(true)
                .withPrivileged(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .withNewSeccompProfile()
                .withType("RuntimeDefault")
                .endSeccompProfile()
                .endSecurityContext()
                .withNewResources()
                .withRequests(limits)
                .withLimits(limits)
                .endResources()
                .addNewVolumeMount()
                .withName("workspace")
                .withMountPath("/workspace")
                .endVolumeMount()
                .addNewVolumeMount()
                .withName("tmp")
                .withMountPath("/tmp")
                .endVolumeMount()
                .addNewVolumeMount()
                .withName("shm")
                .withMountPath("/dev/shm")
                .endVolumeMount()
                .withNewReadinessProbe()
                .withNewExec()
                .withCommand("/bin/true")
                .endExec()
                .withPeriodSeconds(2)
                .endReadinessProbe()
                .endContainer()
                .addNewVolume()
                .withName("workspace")
                .withNewEmptyDir()
                .withSizeLimit(new Quantity(config.workspaceSizeLimit()))
                .endEmptyDir()
                .endVolume()
                .addNewVolume()
                .withName("tmp")
                .withNewEmptyDir()
                .withMedium("Memory")
                .withSizeLimit(new Quantity("64Mi"))
                .endEmptyDir()
                .endVolume()
                .addNewVolume()
                .withName("shm")
                .withNewEmptyDir()
                .withMedium("Memory")
                .withSizeLimit(new Quantity(config.shmSizeLimit()))
                .endEmptyDir()
                .endVolume()
                .endSpec();
        config.runtimeClassName()
                .ifPresent(runtime ->
                        builder.editSpec().withRuntimeClassName(runtime).endSpec());
        return builder.build();
    }

    /** No traffic in or out of any pod in the sandbox namespace: the candidate's shell reaches nothing. */
    public NetworkPolicy denyAll() {
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName("skillslab-sandbox-deny-all")
                .withNamespace(config.namespace())
                .addToLabels(MANAGED_BY_LABEL, MANAGED_BY)
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .endPodSelector()
                .withPolicyTypes("Ingress", "Egress")
                .endSpec()
                .build();
    }

    public static boolean isReady(Pod pod) {
        return pod.getStatus() != null
                && "Running".equals(pod.getStatus().getPhase())
                && pod.getStatus().getConditions() != null
                && pod.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    public static boolean isOver(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Failed".equals(phase)
                || "Succeeded".equals(phase)
                || pod.getMetadata().getDeletionTimestamp() != null;
    }
}

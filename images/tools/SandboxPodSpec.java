import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.SandboxPods;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Prints, as YAML, the pod spec the orchestrator's Kubernetes backend creates for one session, built by the compiled
 * {@link SandboxPods} itself (so the spec run here is the one a cluster gets, not a copy):
 *
 * <pre>java -cp CLASSES:DEPENDENCIES images/tools/SandboxPodSpec.java IMAGE [ASSESSMENT_ID] [USER_NAMESPACE]</pre>
 *
 * The configuration is the production default (application.properties, SandboxConfig.Kubernetes) except the image,
 * given here, and optionally the user namespace. A digest-pinned image name is required, as in production.
 */
public class SandboxPodSpec {
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SandboxPodSpec IMAGE@sha256:DIGEST [ASSESSMENT_ID] [true|false]");
            System.exit(2);
        }
        String image = args[0];
        UUID assessmentId = args.length > 1 ? UUID.fromString(args[1]) : UUID.randomUUID();
        boolean userNamespace = args.length > 2 ? Boolean.parseBoolean(args[2]) : true;
        SandboxConfig.Kubernetes config = (SandboxConfig.Kubernetes) Proxy.newProxyInstance(
                SandboxPodSpec.class.getClassLoader(),
                new Class<?>[] {SandboxConfig.Kubernetes.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "namespace" -> "skillslab-sandboxes";
                    case "image" -> image;
                    case "requireDigest" -> true;
                    case "userNamespace" -> userNamespace;
                    case "shmSizeLimit" -> "64Mi";
                    case "runtimeClassName" -> Optional.empty();
                    case "cpu" -> "1";
                    case "memory" -> "2Gi";
                    case "ephemeralStorage" -> "1Gi";
                    case "workspaceSizeLimit" -> "512Mi";
                    case "warmPoolSize" -> 0;
                    case "readyTimeout" -> Duration.ofSeconds(60);
                    case "toString" -> "SandboxPodSpec config";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Pod pod = new SandboxPods(config).sessionPod(assessmentId, Duration.ofMinutes(30));
        System.out.print(new KubernetesSerialization().asYaml(pod));
    }
}

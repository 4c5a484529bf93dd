package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the warm pool full, when the Kubernetes backend runs with one. */
@ApplicationScoped
public class WarmPoolMaintenance {

    private final SandboxBackend backend;

    WarmPoolMaintenance(SandboxBackend backend) {
        this.backend = backend;
    }

    @Scheduled(
            identity = "sandbox-warm-pool",
            every = "${skillslab.sandbox.lifecycle.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refill() {
        if (KubernetesSandboxBackend.NAME.equals(backend.name())) {
            backend.refillWarmPool();
        }
    }
}

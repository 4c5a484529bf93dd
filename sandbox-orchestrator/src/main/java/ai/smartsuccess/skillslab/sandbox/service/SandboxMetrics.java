package ai.smartsuccess.skillslab.sandbox.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Time to ready, sandboxes alive, sandboxes reaped (by reason). */
@ApplicationScoped
public class SandboxMetrics {

    private final MeterRegistry registry;
    private final Timer readyTime;
    private final AtomicLong active = new AtomicLong();

    SandboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.readyTime = Timer.builder("sandbox.ready.time")
                .description("From a provisioning request to a sandbox that accepts commands")
                .publishPercentileHistogram()
                .register(registry);
        registry.gauge("sandbox.active", active);
    }

    public void ready(long millis) {
        readyTime.record(Duration.ofMillis(millis));
    }

    public void active(long count) {
        active.set(count);
    }

    public void reaped(String reason) {
        Counter.builder("sandbox.reaped")
                .description("Sandboxes destroyed by the reaper rather than by finalize or an explicit delete")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}

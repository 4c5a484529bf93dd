package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that wait for candidates' run commands: bounded, apart from the worker pool (provisioning, finalize,
 * files), and without a queue, so that a run that finds them all busy is refused at once (503) instead of waiting.
 */
@ApplicationScoped
public class RunExecutor implements Executor {

    private final ThreadPoolExecutor pool;

    RunExecutor(SandboxConfig config, SandboxAdmission admission) {
        SandboxConfig.Admission limits = config.sandbox().admission();
        int threads = limits.runThreads().orElse(Math.max(2, limits.runsPerSession() * admission.maxSandboxes()));
        AtomicInteger counter = new AtomicInteger();
        this.pool =
                new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "sandbox-run-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    public int threads() {
        return pool.getMaximumPoolSize();
    }

    void shutdown(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}

package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs blocking work (sandbox processes, the S3 client) on the worker pool and hands its result back on the caller's
 * Vert.x context, where Hibernate Reactive requires the rest of the pipeline to run. Candidates' run commands, which
 * may each take a minute, wait on a bounded pool of their own ({@link RunExecutor}): provisioning and finalize on the
 * worker pool never queue behind them.
 */
public final class Blocking {

    private Blocking() {}

    public static <T> Uni<T> call(Supplier<T> work) {
        return OnContext.blocking(work);
    }

    /**
     * Like {@link #call(Supplier)} on an executor of its own; an executor that refuses the work (it is full) fails the
     * Uni with what {@code whenFull} gives.
     */
    public static <T> Uni<T> call(Executor executor, Supplier<T> work, Supplier<RuntimeException> whenFull) {
        Uni<T> onExecutor = Uni.createFrom().emitter(emitter -> {
            try {
                executor.execute(() -> {
                    try {
                        emitter.complete(work.get());
                    } catch (Throwable e) {
                        emitter.fail(e);
                    }
                });
            } catch (RejectedExecutionException full) {
                emitter.fail(whenFull.get());
            }
        });
        return OnContext.resume(onExecutor);
    }

    public static Uni<Void> run(Runnable work) {
        return call(() -> {
            work.run();
            return null;
        });
    }
}

package ai.smartsuccess.skillslab.platform.context;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Hibernate Reactive keeps its session in the current Vert.x (duplicated) context and must continue there. Results of
 * the S3 client (worker threads), REST clients behind fault-tolerance timeouts, Kafka acks, Redis and AI providers may
 * arrive elsewhere; {@code uni.emitOn(OnContext.current())} brings them back. Independent work that needs its own
 * session runs on a fresh context ({@link #fresh}).
 */
public final class OnContext {

    /** An executor for the caller's current Vert.x context (or the calling thread outside Vert.x). */
    public static Executor current() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return command -> context.runOnContext(ignored -> command.run());
    }

    /** {@code uni}, emitting on the Vert.x context current at assembly (unchanged outside a Vert.x context). */
    public static <T> Uni<T> resume(Uni<T> uni) {
        Context context = Vertx.currentContext();
        return context == null ? uni : uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    /** Runs blocking {@code work} on the worker pool and hands its result back on the caller's Vert.x context. */
    public static <T> Uni<T> blocking(Supplier<T> work) {
        return resume(Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** Runs {@code work} on a new duplicated context, so that it never shares a session with its caller. */
    public static <T> Uni<T> fresh(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        // A new duplicated context is isolated; Hibernate Reactive insists on it being flagged so.
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom()
                .emitter(emitter -> context.runOnContext(ignored -> {
                    try {
                        work.get().subscribe().with(emitter::complete, emitter::fail);
                    } catch (RuntimeException e) {
                        emitter.fail(e);
                    }
                }));
    }

    private OnContext() {}
}

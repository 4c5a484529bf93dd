package ai.smartsuccess.skillslab.gateway.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs a blocking call (Keycloak's admin client blocks) on the worker pool and hands its result back on the caller's
 * Vert.x context, where Hibernate Reactive requires the rest of the pipeline to run.
 */
final class Blocking {

    static <T> Uni<T> call(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> onWorker = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? onWorker : onWorker.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private Blocking() {}
}

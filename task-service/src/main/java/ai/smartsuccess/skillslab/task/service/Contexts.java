package ai.smartsuccess.skillslab.task.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Hibernate Reactive must run on the Vert.x context that opened the pipeline. A call that may complete on another
 * thread (a REST client behind fault-tolerance timeouts and retries) hands its result back through here.
 */
final class Contexts {

    /** {@code uni}, emitting on the Vert.x context current at assembly (unchanged outside a Vert.x context). */
    static <T> Uni<T> resumeOnCaller(Uni<T> uni) {
        Context context = Vertx.currentContext();
        return context == null ? uni : uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private Contexts() {}
}

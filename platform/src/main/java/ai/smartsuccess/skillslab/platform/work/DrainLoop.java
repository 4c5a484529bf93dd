package ai.smartsuccess.skillslab.platform.work;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs rounds of table-driven work (an outbox relay, due deliveries) until a round finds less than a full batch. One
 * round runs at a time per instance; a call while a round runs asks for one more round instead of starting a second,
 * so nothing recorded during a round waits for the next timer tick. A failed round is logged and ends the drain; the
 * next call starts again from the table, which holds all the state.
 */
public final class DrainLoop {

    private final Supplier<Uni<Integer>> round;
    private final int batch;
    private final String what;
    private final Logger log;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * @param round one round: handles up to {@code batch} rows and answers how many it took
     * @param what the work, as named in the log when a round fails
     */
    public DrainLoop(Supplier<Uni<Integer>> round, int batch, String what, Logger log) {
        this.round = round;
        this.batch = batch;
        this.what = what;
        this.log = log;
    }

    /** Starts a drain soon; never blocks nor fails the caller. */
    public void kick() {
        drain().subscribe().with(ignored -> {}, e -> log.warnf("%s failed: %s", what, e.toString()));
    }

    /** Runs rounds until one takes less than a full batch and nobody asked for another. */
    public Uni<Void> drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().voidItem();
        }
        again.set(false);
        return Uni.createFrom()
                .<Integer>deferred(round::get)
                .onFailure()
                .invoke(e -> log.warnf("%s round failed: %s", what, e.toString()))
                .onFailure()
                .recoverWithItem(0)
                .eventually(() -> running.set(false))
                .flatMap(taken -> taken == batch || again.getAndSet(false)
                        ? drain()
                        : Uni.createFrom().voidItem());
    }

    /**
     * Housekeeping that deletes old rows: logs how many went, and a failure, without failing the scheduler (the next
     * run tries again).
     */
    public static Uni<Void> sweep(Uni<Integer> deletion, String rows, Logger log) {
        return deletion.invoke(deleted -> {
                    if (deleted > 0) {
                        log.debugf("%d %s deleted", deleted, rows);
                    }
                })
                .onFailure()
                .invoke(e -> log.warnf("%s not deleted: %s", rows, e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}

package ai.smartsuccess.skillslab.platform.retention;

import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Deletes one kind of data past its retention period, a bounded batch at a time until a batch comes back short (a
 * {@link DrainLoop}). A round gets the cutoff ({@link RetentionSettings#cutoff}) and the batch size and answers how
 * many items it deleted; it must lock what it deletes so that instances share the work ({@code FOR UPDATE SKIP
 * LOCKED}), and deleting again must be harmless. A period of zero keeps everything: no round runs. Logs counts only.
 *
 * <p>Not a bean: a service makes one per kind of data and drains it from its own {@code @Scheduled} method, every
 * {@code skillslab.retention.scan-interval}.
 */
public final class RetentionSweep {

    private final String what;
    private final Supplier<Period> period;
    private final int batch;
    private final BiFunction<OffsetDateTime, Integer, Uni<Integer>> round;
    private final Logger log;
    private final DrainLoop loop;

    /**
     * @param what the data, plural, as the log names it ("scoring runs")
     * @param period its retention period, read at every round (a setting of {@link RetentionSettings})
     * @param round deletes up to the batch size of items older than the cutoff; answers how many it deleted
     */
    public RetentionSweep(
            String what,
            Supplier<Period> period,
            int batch,
            BiFunction<OffsetDateTime, Integer, Uni<Integer>> round,
            Logger log) {
        this.what = what;
        this.period = period;
        this.batch = batch;
        this.round = round;
        this.log = log;
        this.loop = new DrainLoop(this::round, batch, what + " past their retention", log);
    }

    /** Deletes what has expired; never fails (a failed round is logged and tried again at the next call). */
    public Uni<Void> drain() {
        return loop.drain();
    }

    Uni<Integer> round() {
        OffsetDateTime cutoff = RetentionSettings.cutoff(period.get());
        if (cutoff == null) {
            return Uni.createFrom().item(0);
        }
        return round.apply(cutoff, batch).invoke(deleted -> {
            if (deleted > 0) {
                log.infof("%d %s past their retention deleted", deleted, what);
            }
        });
    }
}

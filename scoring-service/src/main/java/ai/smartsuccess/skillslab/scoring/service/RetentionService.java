package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import ai.smartsuccess.skillslab.scoring.repository.ScoringRunRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Scoring runs (the stored submission and the report) are kept for the scores' retention,
 * {@code skillslab.retention.scores} (24 months), then deleted, a batch at a time; several instances share the work.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    static final int BATCH = 500;

    private final ScoringRunRepository runs;
    private final RetentionSettings retention;
    private final DrainLoop loop;

    RetentionService(ScoringRunRepository runs, RetentionSettings retention) {
        this.runs = runs;
        this.retention = retention;
        this.loop = new DrainLoop(this::deleteExpired, BATCH, "scoring runs past their retention", LOG);
    }

    @Scheduled(
            every = "${skillslab.retention.scan-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return loop.drain();
    }

    private Uni<Integer> deleteExpired() {
        OffsetDateTime cutoff = RetentionSettings.cutoff(retention.scores());
        if (cutoff == null) {
            return Uni.createFrom().item(0);
        }
        return Panache.withTransaction(() -> runs.deleteCreatedBefore(cutoff, BATCH))
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("%d scoring runs past their retention deleted", deleted);
                    }
                });
    }
}

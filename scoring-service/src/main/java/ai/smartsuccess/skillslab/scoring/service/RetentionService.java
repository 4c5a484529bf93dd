package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import ai.smartsuccess.skillslab.platform.retention.RetentionSweep;
import ai.smartsuccess.skillslab.scoring.repository.ScoringRunRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Scoring runs (the stored submission and the report) are kept for the scores' retention,
 * {@code skillslab.retention.scores} (24 months), then deleted, a batch at a time; several instances share the work.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    static final int BATCH = 500;

    private final RetentionSweep sweep;

    RetentionService(ScoringRunRepository runs, RetentionSettings retention) {
        this.sweep = new RetentionSweep(
                "scoring runs",
                retention::scores,
                BATCH,
                (cutoff, max) -> Panache.withTransaction(() -> runs.deleteCreatedBefore(cutoff, max)),
                LOG);
    }

    @Scheduled(
            every = "${skillslab.retention.scan-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweep.drain();
    }
}

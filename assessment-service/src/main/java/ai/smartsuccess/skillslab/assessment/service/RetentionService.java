package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.RetentionRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRevisionRepository;
import ai.smartsuccess.skillslab.assessment.storage.ReportObjectStorage;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.platform.retention.RetentionSettings;
import ai.smartsuccess.skillslab.platform.work.DrainLoop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Enforces {@code skillslab.retention.*} on what this service holds about ended assessments (scored, failed or
 * abandoned), by the age of their end (submitted, expired or abandoned), or of their start when they never ended:
 * <ul>
 *   <li>past {@code tracking-detail}: the tracking objects in S3 and their rows are deleted;
 *   <li>past {@code code-and-chat}: the chat is deleted, the notes cleared, and the candidate's words quoted in the
 *       score reports (current and replaced) removed as for a deleted account;
 *   <li>past {@code scores}: the assessment is deleted with its score, revisions, reviews and published result (and
 *       what tracking objects are left); a business's candidate list no longer shows it.
 * </ul>
 * In each case cached evidence-report PDFs of the assessment are deleted too. A batch at a time, each in its own
 * transaction whose rows are locked with {@code skip locked}, so several instances share the work; every step is
 * repeatable. A period of zero keeps that data for ever.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    static final int BATCH = 50;

    private final RetentionRepository rows;
    private final ScoreRepository scores;
    private final ScoreRevisionRepository revisions;
    private final TrackingObjectStorage tracking;
    private final ReportObjectStorage reports;
    private final RetentionSettings retention;
    private final DrainLoop trackingLoop;
    private final DrainLoop codeAndChatLoop;
    private final DrainLoop scoresLoop;

    RetentionService(
            RetentionRepository rows,
            ScoreRepository scores,
            ScoreRevisionRepository revisions,
            TrackingObjectStorage tracking,
            ReportObjectStorage reports,
            RetentionSettings retention) {
        this.rows = rows;
        this.scores = scores;
        this.revisions = revisions;
        this.tracking = tracking;
        this.reports = reports;
        this.retention = retention;
        this.trackingLoop = new DrainLoop(this::expireTracking, BATCH, "tracking detail past its retention", LOG);
        this.codeAndChatLoop =
                new DrainLoop(this::expireCodeAndChat, BATCH, "chat and notes past their retention", LOG);
        this.scoresLoop = new DrainLoop(this::expireScores, BATCH, "assessments past the scores' retention", LOG);
    }

    @Scheduled(
            every = "${skillslab.retention.scan-interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return trackingLoop.drain().flatMap(ignored -> codeAndChatLoop.drain()).flatMap(ignored -> scoresLoop.drain());
    }

    private Uni<Integer> expireTracking() {
        OffsetDateTime cutoff = RetentionSettings.cutoff(retention.trackingDetail());
        if (cutoff == null) {
            return Uni.createFrom().item(0);
        }
        int[] objects = {0};
        return Panache.withTransaction(() -> rows.claimTracking(cutoff, BATCH)
                        .flatMap(ids -> each(
                                ids,
                                id -> deleteTrackingObjects(id)
                                        .invoke(deleted -> objects[0] += deleted)
                                        .flatMap(ignored -> reports.deleteOthers(id, null))
                                        .flatMap(ignored -> rows.trackingExpired(id)))))
                .invoke(count -> log(
                        count,
                        "tracking detail of %d assessment(s) past its retention deleted (%d objects)",
                        objects[0]));
    }

    private Uni<Integer> expireCodeAndChat() {
        OffsetDateTime cutoff = RetentionSettings.cutoff(retention.codeAndChat());
        if (cutoff == null) {
            return Uni.createFrom().item(0);
        }
        return Panache.withTransaction(() -> rows.claimCodeAndChat(cutoff, BATCH)
                        .flatMap(ids -> scores.forAssessments(ids)
                                .invoke(found -> found.forEach(AccountErasureService::redact))
                                .flatMap(ignored -> revisions.forAssessments(ids))
                                .invoke(found -> found.forEach(AccountErasureService::redact))
                                .flatMap(ignored -> each(
                                        ids,
                                        id -> reports.deleteOthers(id, null)
                                                .flatMap(deleted -> rows.codeAndChatExpired(id))))))
                .invoke(count -> log(count, "chat and notes of %d assessment(s) past their retention removed", 0));
    }

    private Uni<Integer> expireScores() {
        OffsetDateTime cutoff = RetentionSettings.cutoff(retention.scores());
        if (cutoff == null) {
            return Uni.createFrom().item(0);
        }
        return Panache.withTransaction(() -> rows.claimScored(cutoff, BATCH)
                        .flatMap(ids -> each(
                                ids,
                                id -> deleteTrackingObjects(id)
                                        .flatMap(ignored -> reports.deleteOthers(id, null))
                                        .flatMap(ignored -> rows.delete(id)))))
                .invoke(count -> log(count, "%d assessment(s) past the scores' retention deleted", 0));
    }

    private Uni<Integer> deleteTrackingObjects(UUID id) {
        return rows.trackingKeys(id).flatMap(tracking::delete);
    }

    /** Runs {@code step} for each id, one after the other (one session); answers how many ids there were. */
    private static Uni<Integer> each(List<UUID> ids, Function<UUID, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.flatMap(ignored -> step.apply(id));
        }
        return chain.replaceWith(ids.size());
    }

    private static void log(int count, String message, int detail) {
        if (count > 0) {
            LOG.infof(message, count, detail);
        }
    }
}

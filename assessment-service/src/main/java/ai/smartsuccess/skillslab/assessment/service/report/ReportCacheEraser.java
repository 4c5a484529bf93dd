package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.repository.ReportRepository;
import ai.smartsuccess.skillslab.assessment.storage.ReportObjectStorage;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Removes the cached PDFs of candidates who deleted their account: a PDF shows their name and words, which the
 * erasure anonymizes everywhere else. A report asked for afterwards is rendered from the anonymized data (its content
 * hash differs, see {@link ReportPdfService}); this sweep removes the PDFs nobody asks for again. It looks back
 * {@link #LOOK_BACK}, many times its interval, so that a restart or a failed sweep misses nothing.
 */
@ApplicationScoped
public class ReportCacheEraser {

    private static final Logger LOG = Logger.getLogger(ReportCacheEraser.class);

    static final Duration LOOK_BACK = Duration.ofDays(3);

    private final ReportRepository reports;
    private final ReportObjectStorage storage;

    ReportCacheEraser(ReportRepository reports, ReportObjectStorage storage) {
        this.reports = reports;
        this.storage = storage;
    }

    @Scheduled(
            every = "${skillslab.reports.erasure-scan:10m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledSweep() {
        return sweep().onFailure()
                .invoke(e -> LOG.warn("removing erased candidates' report PDFs failed", e))
                .onFailure()
                .recoverWithItem(0)
                .replaceWithVoid();
    }

    /** Answers how many PDFs it removed. */
    public Uni<Integer> sweep() {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(LOOK_BACK);
        return reports.erasureRequestedSince(since)
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> storage.deleteOthers(id, null))
                .collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(removed -> {
                    if (removed > 0) {
                        LOG.infof("removed %d report PDF(s) of deleted accounts", removed);
                    }
                });
    }
}

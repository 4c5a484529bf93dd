package ai.smartsuccess.skillslab.assessment.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** What the evidence reports' cache needs to know beyond an attempt itself. */
@ApplicationScoped
public class ReportRepository {

    private final Pool pool;

    ReportRepository(Pool pool) {
        this.pool = pool;
    }

    /** Attempts whose candidate asked for their account's deletion since {@code since}. */
    public Uni<List<UUID>> erasureRequestedSince(OffsetDateTime since) {
        return pool.preparedQuery("select id from assessment.assessments where erasure_requested_at >= $1")
                .execute(Tuple.of(since))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(row -> row.getUUID("id"))
                        .toList());
    }
}

package ai.smartsuccess.skillslab.assessment.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The attempts a business compares, with the parts of their score reports that comparing needs (not the whole report:
 * its texts and evidence stay in the database). Only attempts on the business's own tasks are found.
 */
@ApplicationScoped
public class ComparisonRepository {

    private static final String SQL = """
            select a.id, a.candidate ->> 'name' as name, a.task_id, a.task_snapshot ->> 'title' as task_title,
                   a.status, a.time_spent_seconds, s.report is not null as has_report,
                   s.final_score, s.proficiency_level as level,
                   s.category_scores, s.report -> 'subitemScores' as subitem_scores,
                   s.report #> '{detailedAnalysis,aiUsageAnalysis}' as ai_usage,
                   s.report #> '{detailedAnalysis,timeAnalysis}' as time,
                   s.report #> '{detailedAnalysis,testing,hiddenTests}' as hidden_tests,
                   s.report #> '{detailedAnalysis,integrity}' as integrity
            from assessment.assessments a
            left join assessment.scores s on s.assessment_id = a.id
            where a.id = any($1) and a.task_creator_id = $2
            """;

    /** One attempt as stored; the JSON parts are null when the report lacks them (or has another shape there). */
    public record ComparedRow(
            UUID id,
            String name,
            UUID taskId,
            String taskTitle,
            String status,
            Long timeSpentSeconds,
            boolean hasReport,
            Double finalScore,
            String level,
            JsonObject categoryScores,
            JsonObject subitemScores,
            JsonObject aiUsage,
            JsonObject time,
            JsonObject hiddenTests,
            JsonObject integrity) {}

    private final Pool pool;

    ComparisonRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ComparedRow>> find(String businessId, Collection<UUID> ids) {
        return pool.preparedQuery(SQL)
                .execute(Tuple.of(ids.toArray(UUID[]::new), businessId))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(ComparisonRepository::row)
                        .toList());
    }

    private static ComparedRow row(Row row) {
        return new ComparedRow(
                row.getUUID("id"),
                row.getString("name"),
                row.getUUID("task_id"),
                row.getString("task_title"),
                row.getString("status"),
                row.getLong("time_spent_seconds"),
                row.getBoolean("has_report"),
                row.getDouble("final_score"),
                row.getString("level"),
                JsonColumns.object(row, "category_scores"),
                JsonColumns.object(row, "subitem_scores"),
                JsonColumns.object(row, "ai_usage"),
                JsonColumns.object(row, "time"),
                JsonColumns.object(row, "hidden_tests"),
                JsonColumns.object(row, "integrity"));
    }
}

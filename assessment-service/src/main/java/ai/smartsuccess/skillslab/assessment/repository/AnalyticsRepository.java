package ai.smartsuccess.skillslab.assessment.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A business's figures, computed by the database: counts, histograms, medians and means over its own invitations and
 * the attempts on its own tasks. Parameters of every query: $1 business, $2 task or null, $3 from or null (inclusive),
 * $4 to or null (exclusive).
 */
@ApplicationScoped
public class AnalyticsRepository {

    private static final String FUNNEL = """
            with invited as (
                select i.id, i.accepted_at is not null as accepted,
                       (i.opened_at is not null or i.accepted_at is not null) as opened,
                       coalesce(bool_or(a.started_at is not null), false) as started,
                       coalesce(bool_or(a.submitted_at is not null), false) as submitted,
                       coalesce(bool_or(a.status = 'scored'), false) as scored
                from assessment.invitations i
                left join assessment.assessments a on a.invitation_id = i.id
                where i.sender_id = $1 and ($2::uuid is null or i.task_id = $2)
                  and ($3::timestamptz is null or i.sent_at >= $3) and ($4::timestamptz is null or i.sent_at < $4)
                group by i.id
            )
            select count(*) as invited, count(*) filter (where opened) as opened,
                   count(*) filter (where accepted) as accepted,
                   count(*) filter (where started) as started, count(*) filter (where submitted) as submitted,
                   count(*) filter (where scored) as scored
            from invited
            """;

    private static final String ATTEMPTS = """
            with attempts as (
                select a.status, a.started_at, a.submitted_at, a.time_spent_seconds, s.assessment_id is not null
                       as has_report, s.final_score, s.ai_code_share, s.ai_prompts as prompts, s.category_scores
                from assessment.assessments a
                left join assessment.scores s on s.assessment_id = a.id and a.status = 'scored'
                where a.task_creator_id = $1 and ($2::uuid is null or a.task_id = $2)
                  and ($3::timestamptz is null or a.created_at >= $3) and ($4::timestamptz is null or a.created_at < $4)
            ), scored as (
                select * from attempts where has_report
            )
            select (select count(*) from attempts) as total,
                   (select count(*) from attempts where started_at is not null) as started,
                   (select count(*) from attempts where submitted_at is not null) as submitted,
                   (select count(*) from attempts where status = 'scored') as scored,
                   (select count(*) from attempts where status = 'failed') as failed,
                   (select count(*) from attempts where status = 'abandoned') as abandoned,
                   (select avg(final_score) from scored) as average_score,
                   (select percentile_cont(0.5) within group (order by time_spent_seconds) from attempts
                     where submitted_at is not null and time_spent_seconds is not null) as median_time,
                   (select percentile_cont(0.5) within group (order by prompts) from scored
                     where prompts is not null) as median_prompts,
                   (select count(*) from scored where ai_code_share is null) as without_ai_code_share,
                   (select coalesce(jsonb_object_agg(bucket, n), '{}'::jsonb) from (
                       select greatest(1, least(10, width_bucket(final_score, 0, 100, 10))) as bucket, count(*) as n
                       from scored where final_score is not null group by 1) b) as score_buckets,
                   (select coalesce(jsonb_object_agg(bucket, n), '{}'::jsonb) from (
                       select greatest(1, least(5, width_bucket(ai_code_share, 0, 1, 5))) as bucket, count(*) as n
                       from scored where ai_code_share is not null group by 1) b) as share_buckets,
                   (select coalesce(jsonb_object_agg(key, average), '{}'::jsonb) from (
                       select c.key, avg(c.value::numeric)::double precision as average
                       from scored, jsonb_each(scored.category_scores) c
                       where jsonb_typeof(scored.category_scores) = 'object' and jsonb_typeof(c.value) = 'number'
                       group by c.key) c) as category_averages
            """;

    /** The funnel's counts: invited, opened, accepted, started, submitted, scored. */
    public record FunnelCounts(long invited, long opened, long accepted, long started, long submitted, long scored) {}

    /**
     * @param scoreBuckets bucket number (1 to 10) → count; absent buckets are empty
     * @param shareBuckets bucket number (1 to 5) → count
     */
    public record AttemptFigures(
            long total,
            long started,
            long submitted,
            long scored,
            long failed,
            long abandoned,
            Double averageScore,
            Double medianTimeSpentSeconds,
            Double medianPrompts,
            long withoutAiCodeShare,
            Map<Integer, Long> scoreBuckets,
            Map<Integer, Long> shareBuckets,
            Map<String, Double> categoryAverages) {}

    private final Pool pool;

    AnalyticsRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<FunnelCounts> funnel(String businessId, UUID taskId, OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery(FUNNEL)
                .execute(Tuple.of(businessId, taskId, from, to))
                .map(AnalyticsRepository::single)
                .map(row -> new FunnelCounts(
                        row.getLong("invited"),
                        row.getLong("opened"),
                        row.getLong("accepted"),
                        row.getLong("started"),
                        row.getLong("submitted"),
                        row.getLong("scored")));
    }

    public Uni<AttemptFigures> attempts(String businessId, UUID taskId, OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery(ATTEMPTS)
                .execute(Tuple.of(businessId, taskId, from, to))
                .map(AnalyticsRepository::single)
                .map(row -> new AttemptFigures(
                        row.getLong("total"),
                        row.getLong("started"),
                        row.getLong("submitted"),
                        row.getLong("scored"),
                        row.getLong("failed"),
                        row.getLong("abandoned"),
                        row.getDouble("average_score"),
                        row.getDouble("median_time"),
                        row.getDouble("median_prompts"),
                        row.getLong("without_ai_code_share"),
                        buckets(row, "score_buckets"),
                        buckets(row, "share_buckets"),
                        averages(row)));
    }

    private static Row single(RowSet<Row> rows) {
        return rows.iterator().next();
    }

    private static Map<Integer, Long> buckets(Row row, String column) {
        Map<Integer, Long> buckets = new LinkedHashMap<>();
        row.getJsonObject(column)
                .forEach(
                        entry -> buckets.put(Integer.valueOf(entry.getKey()), ((Number) entry.getValue()).longValue()));
        return buckets;
    }

    private static Map<String, Double> averages(Row row) {
        Map<String, Double> averages = new LinkedHashMap<>();
        row.getJsonObject("category_averages")
                .forEach(entry -> averages.put(entry.getKey(), ((Number) entry.getValue()).doubleValue()));
        return averages;
    }
}

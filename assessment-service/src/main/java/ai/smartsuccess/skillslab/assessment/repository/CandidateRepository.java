package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.service.CandidateQuery;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.AiUsage;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.Candidate;
import ai.smartsuccess.skillslab.assessment.service.ScoreFigures;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The people on a business's tasks, in one query over two kinds of row: every attempt of a task the business created
 * (by the creator id stored on each assessment), and every invitation it sent that has no attempt (yet, or any more).
 * Plain SQL on the reactive pool: a read model spanning two tables, filtered, sorted and paged by the database. The
 * score figures are the columns the database keeps beside each report (migration V7), so that a page of a large list
 * never unpacks every report.
 */
@ApplicationScoped
public class CandidateRepository {

    private static final String ROWS = """
            with rows as (
                select a.id as assessment_id, a.invitation_id, a.candidate ->> 'name' as name,
                       a.candidate ->> 'email' as email, a.task_id, a.task_snapshot ->> 'title' as task_title, a.status,
                       s.final_score, s.proficiency_level as level, s.category_scores,
                       a.submitted_at, a.time_spent_seconds,
                       coalesce(a.submitted_at, a.started_at, a.created_at) as activity_at, a.id as row_id,
                       s.assessment_id is not null as has_report, s.ai_prompts as prompts, s.ai_code_share,
                       s.integrity,
                       coalesce(r.stage, 'new') as stage, r.rating
                from assessment.assessments a
                left join assessment.scores s on s.assessment_id = a.id
                left join assessment.candidate_reviews r on r.assessment_id = a.id and r.business_id = $1
                where a.task_creator_id = $1
                union all
                select null, i.id, i.recipient_name, i.recipient_email, i.task_id, i.task_title,
                       case when i.status = 'sent' and i.expires_at <= $2 then 'expired' else i.status end,
                       null, null, null, null, null, i.sent_at, i.id, false, null, null, null, null, null
                from assessment.invitations i
                where i.sender_id = $1 and i.assessment_id is null
            )
            """;

    private final Pool pool;

    CandidateRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Candidate>> page(String businessId, CandidateQuery query, OffsetDateTime now) {
        Filter filter = filter(businessId, query, now);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.size());
        parameters.add(query.page() * query.size());
        String sql = ROWS + "select * from rows where " + filter.where() + " order by " + orderBy(query) + " limit $"
                + (parameters.size() - 1) + " offset $" + parameters.size();
        return pool.preparedQuery(sql)
                .execute(Tuple.from(parameters))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(CandidateRepository::candidate)
                        .toList());
    }

    /** Every row of the query, in its order, without paging (the export). */
    public Uni<List<Candidate>> all(String businessId, CandidateQuery query, OffsetDateTime now) {
        Filter filter = filter(businessId, query, now);
        String sql = ROWS + "select * from rows where " + filter.where() + " order by " + orderBy(query);
        return pool.preparedQuery(sql)
                .execute(Tuple.from(filter.parameters()))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false)
                        .map(CandidateRepository::candidate)
                        .toList());
    }

    public Uni<Long> count(String businessId, CandidateQuery query, OffsetDateTime now) {
        Filter filter = filter(businessId, query, now);
        return pool.preparedQuery(ROWS + "select count(*) from rows where " + filter.where())
                .execute(Tuple.from(filter.parameters()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private record Filter(String where, List<Object> parameters) {}

    private static Filter filter(String businessId, CandidateQuery query, OffsetDateTime now) {
        List<Object> parameters = new ArrayList<>(List.of(businessId, now));
        List<String> conditions = new ArrayList<>();
        if (query.taskId() != null) {
            parameters.add(query.taskId());
            conditions.add("task_id = $" + parameters.size());
        }
        if (query.statuses().isEmpty()) {
            conditions.add("status <> '" + AssessmentStatus.ABANDONED + "'");
        } else {
            parameters.add(query.statuses().toArray(String[]::new));
            conditions.add("status = any($" + parameters.size() + ")");
        }
        if (query.search() != null) {
            parameters.add("%" + escapeLike(query.search()) + "%");
            conditions.add("(name ilike $" + parameters.size() + " or email ilike $" + parameters.size() + ")");
        }
        if (!query.stages().isEmpty()) {
            parameters.add(query.stages().toArray(String[]::new));
            conditions.add("assessment_id is not null and stage = any($" + parameters.size() + ")");
        }
        return new Filter(String.join(" and ", conditions), parameters);
    }

    /** Missing values (no score yet, no name) last in either direction; the row id keeps pages stable. */
    private static String orderBy(CandidateQuery query) {
        String direction = query.ascending() ? "asc" : "desc";
        String column = switch (query.sortBy()) {
            case SCORE -> "final_score";
            case DATE -> "activity_at";
            case NAME -> "lower(name)";
        };
        return column + " " + direction + " nulls last, row_id";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Candidate candidate(Row row) {
        return new Candidate(
                row.getUUID("assessment_id"),
                row.getUUID("invitation_id"),
                row.getString("name"),
                row.getString("email"),
                row.getUUID("task_id"),
                row.getString("task_title"),
                row.getString("status"),
                row.getDouble("final_score"),
                row.getString("level"),
                ScoreFigures.categoryScores(JsonColumns.object(row, "category_scores")),
                row.getOffsetDateTime("submitted_at"),
                row.getLong("time_spent_seconds"),
                row.getBoolean("has_report")
                        ? new AiUsage(row.getInteger("prompts"), row.getDouble("ai_code_share"))
                        : null,
                ScoreFigures.integrityFlags(JsonColumns.object(row, "integrity")),
                row.getUUID("assessment_id") == null ? null : row.getString("stage"),
                row.getInteger("rating"));
    }
}

package ai.smartsuccess.skillslab.assessment.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rows retention works on: ended assessments (scored, failed or abandoned) by the age of their end, or of their
 * start when they never ended. Claims lock their rows ({@code for update skip locked}), so that several instances each
 * take other assessments; call them inside a transaction.
 */
@ApplicationScoped
public class RetentionRepository {

    /** What the age of an assessment counts from. */
    private static final String AGE = "coalesce(submitted_at, abandoned_at, started_at, created_at)";

    private static final String ENDED = "status in ('scored', 'failed', 'abandoned')";

    /** Up to {@code limit} assessments older than {@code cutoff} whose tracking detail is still kept. */
    public Uni<List<UUID>> claimTracking(OffsetDateTime cutoff, int limit) {
        return claim("tracking_expired_at is null and ", cutoff, limit);
    }

    /** Up to {@code limit} assessments older than {@code cutoff} whose chat, notes and quoted words are still kept. */
    public Uni<List<UUID>> claimCodeAndChat(OffsetDateTime cutoff, int limit) {
        return claim("code_and_chat_expired_at is null and ", cutoff, limit);
    }

    /** Up to {@code limit} assessments older than {@code cutoff}, to be deleted with their score. */
    public Uni<List<UUID>> claimScored(OffsetDateTime cutoff, int limit) {
        return claim("", cutoff, limit);
    }

    private Uni<List<UUID>> claim(String condition, OffsetDateTime cutoff, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select id from assessment.assessments where "
                                + condition + ENDED + " and " + AGE + " < :cutoff order by " + AGE
                                + ", id limit :limit for update skip locked")
                        .setParameter("cutoff", cutoff)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream().map(RetentionRepository::uuid).toList());
    }

    /** The keys of the assessment's tracking objects in S3. */
    public Uni<List<String>> trackingKeys(UUID assessmentId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select object_key from assessment.tracking_objects where assessment_id = :id")
                        .setParameter("id", assessmentId)
                        .getResultList())
                .map(rows -> rows.stream().map(String::valueOf).toList());
    }

    /** Forgets the assessment's tracking objects (deleted from S3 before) and marks its tracking detail expired. */
    public Uni<Void> trackingExpired(UUID assessmentId) {
        return execute("delete from assessment.tracking_objects where assessment_id = :id", assessmentId)
                .flatMap(ignored -> execute(
                        "update assessment.assessments set tracking_expired_at = now() where id = :id", assessmentId));
    }

    /** Deletes the assessment's chat, clears its notes and marks what the candidate wrote expired. */
    public Uni<Void> codeAndChatExpired(UUID assessmentId) {
        return execute("delete from assessment.chat_messages where assessment_id = :id", assessmentId)
                .flatMap(ignored -> execute(
                        "update assessment.assessments set notes = null, code_and_chat_expired_at = now(),"
                                + " updated_at = now() where id = :id",
                        assessmentId));
    }

    /** Deletes the assessment and, through their foreign keys, its score, revisions, reviews, chat and shares. */
    public Uni<Void> delete(UUID assessmentId) {
        return execute("delete from assessment.assessments where id = :id", assessmentId);
    }

    private static Uni<Void> execute(String sql, UUID assessmentId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql)
                        .setParameter("id", assessmentId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }
}

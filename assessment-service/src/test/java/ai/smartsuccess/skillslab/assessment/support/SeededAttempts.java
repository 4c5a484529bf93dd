package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Attempts on a business's task written straight into the database, scored or at any earlier status: what the business
 * endpoints read, without running a sandbox and a scorer for each. The score report has the real report's shape
 * ({@link Reports}).
 */
public final class SeededAttempts {

    /** The task an attempt belongs to, as its snapshot names it. */
    public record Task(UUID id, String title, String creatorId) {

        public static Task of(String creatorId, String title) {
            return new Task(UUID.randomUUID(), title, creatorId);
        }
    }

    /** A scored attempt by a new (made-up) candidate; returns its id. */
    public static UUID scored(Task task, String name, String email, long timeSpentSeconds, Reports.Figures figures) {
        return scored(task, "seed-" + UUID.randomUUID(), name, email, timeSpentSeconds, figures);
    }

    /** A scored attempt by {@code userId}. */
    public static UUID scored(
            Task task, String userId, String name, String email, long timeSpentSeconds, Reports.Figures figures) {
        UUID id = UUID.randomUUID();
        insert(id, task, userId, name, email, "scored", timeSpentSeconds, null);
        score(id, figures);
        return id;
    }

    /** Stores a score report for the attempt. */
    public static void score(UUID id, Reports.Figures figures) {
        TestDatabase.execute(
                "insert into assessment.scores (assessment_id, event_id, report) values (?, ?, ?::jsonb)",
                id,
                UUID.randomUUID(),
                json(Reports.report(figures)));
    }

    /**
     * An attempt at {@code status} ({@code pending}, {@code in_progress}, {@code submitted}), not scored; returns its id.
     */
    public static UUID unscored(Task task, String name, String status) {
        UUID id = UUID.randomUUID();
        insert(id, task, "seed-" + UUID.randomUUID(), name, "x@example.test", status, spentFor(status), null);
        return id;
    }

    /**
     * An invitation of the task's creator and, unless {@code attemptStatus} is null, the attempt it led to (at that
     * status; a {@code scored} one gets a report with {@code figures}). Returns the attempt's id, or null.
     */
    public static UUID invited(Task task, String invitationStatus, String attemptStatus, Reports.Figures figures) {
        UUID invitationId = UUID.randomUUID();
        UUID attemptId = attemptStatus == null ? null : UUID.randomUUID();
        String recipient =
                attemptStatus == null && "sent".equals(invitationStatus) ? null : "seed-" + UUID.randomUUID();
        TestDatabase.execute(
                "insert into assessment.invitations (id, task_id, sender_id, task_title, recipient_email, status,"
                        + " token_hash, sent_at, expires_at, last_sent_at, accepted_at, recipient_user_id,"
                        + " assessment_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, now() - interval '4 hours', now() + interval '10 days',"
                        + " now() - interval '4 hours', case when ? then now() - interval '3 hours' end, ?, ?)",
                invitationId,
                task.id(),
                task.creatorId(),
                task.title(),
                "invitee-" + invitationId + "@example.test",
                invitationStatus,
                (invitationId.toString().replace("-", "")
                        + invitationId.toString().replace("-", "")),
                recipient != null,
                recipient,
                attemptId);
        if (attemptStatus != null) {
            insert(
                    attemptId,
                    task,
                    recipient,
                    "Invitee",
                    "invitee@example.test",
                    attemptStatus,
                    spentFor(attemptStatus),
                    invitationId);
            if ("scored".equals(attemptStatus)) {
                score(attemptId, figures);
            }
        }
        return attemptId;
    }

    private static Long spentFor(String status) {
        return "submitted".equals(status) || "scored".equals(status) ? 1200L : null;
    }

    private static void insert(
            UUID id, Task task, String userId, String name, String email, String status, Long spent, UUID invitation) {
        boolean started = !"pending".equals(status);
        boolean submitted = started && !"in_progress".equals(status);
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("userId", userId);
        candidate.put("email", email);
        candidate.put("name", name);
        candidate.put("userType", "individual");
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", task.id().toString());
        snapshot.put("title", task.title());
        snapshot.put("taskType", "api");
        snapshot.put("difficulty", "medium");
        snapshot.put("timeLimitMinutes", 60);
        snapshot.put("isDefault", false);
        snapshot.put("creatorId", task.creatorId());
        snapshot.put("usesPlatformKeys", true);
        snapshot.put("runtime", "python");
        TestDatabase.execute(
                "insert into assessment.assessments (id, user_id, task_id, task_creator_id, status, attempt_number,"
                        + " candidate, task_snapshot, started_at, deadline, submitted_at, time_spent_seconds,"
                        + " scored_at, created_at, invitation_id)"
                        // One person's attempts at one task are numbered 1, 2, 3...
                        + " values (?, ?, ?, ?, ?,"
                        + " (select coalesce(max(attempt_number), 0) + 1 from assessment.assessments"
                        + " where user_id = ? and task_id = ?), ?::jsonb, ?::jsonb,"
                        + " case when ? then now() - interval '2 hours' end,"
                        // A running one's deadline is ahead, or the deadline watcher would submit it.
                        + " case when ? then now() + (case when ? = 'in_progress' then 1 else -1 end)"
                        + " * interval '1 hour' end,"
                        + " case when ? then now() - interval '90 minutes' end, ?,"
                        + " case when ? = 'scored' then now() end, now() - interval '3 hours', ?)",
                id,
                userId,
                task.id(),
                task.creatorId(),
                status,
                userId,
                task.id(),
                json(candidate),
                json(snapshot),
                started,
                started,
                status,
                submitted,
                spent,
                status,
                invitation);
    }

    private static String json(Object value) {
        try {
            return KafkaTopics.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SeededAttempts() {}
}

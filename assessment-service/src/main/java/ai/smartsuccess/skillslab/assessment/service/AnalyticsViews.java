package ai.smartsuccess.skillslab.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A business's figures over its own tasks. A row counts when it entered the pipeline within the period: an invitation
 * by when it was sent, an attempt by when it was created.
 */
public final class AnalyticsViews {

    /**
     * @param taskId the task asked for, or null for all the caller's tasks
     * @param from start of the period (inclusive), null when open
     * @param to end of the period (exclusive), null when open
     * @param completionRate {@code funnel.submitted / funnel.invited} (0 to 1), null when nobody was invited
     * @param attempts every attempt on the caller's tasks, invited or not (a public task can be taken without
     *     invitation); the figures below are over these
     * @param scoreDistribution final scores of the scored attempts in ten buckets of ten points (the last one holds
     *     100 too)
     * @param averageByCategory mean category score over the scored attempts, by category
     * @param medianTimeSpentSeconds over the submitted attempts; null when there are none
     */
    public record Analytics(
            UUID taskId,
            OffsetDateTime from,
            OffsetDateTime to,
            Funnel funnel,
            Double completionRate,
            Attempts attempts,
            Double averageScore,
            List<Bucket> scoreDistribution,
            Map<String, Double> averageByCategory,
            Double medianTimeSpentSeconds,
            AiUsageDistribution aiUsageDistribution) {}

    /**
     * Invitations and how far each got (an invitation counts once, at the furthest stage any of its attempts reached).
     *
     * @param opened invitations whose link was opened (the invitation page loaded) or that were accepted; an invitation
     *     opened before openings were recorded counts only once accepted
     */
    public record Funnel(long invited, Long opened, long accepted, long started, long submitted, long scored) {}

    /** @param abandoned given up before starting; left out of started and the rest */
    public record Attempts(long total, long started, long submitted, long scored, long failed, long abandoned) {}

    /** Values from {@code from} up to, not including, {@code to} (the last bucket includes its {@code to}). */
    public record Bucket(double from, double to, long count) {}

    /**
     * How much of the scored attempts' final code came from AI answers.
     *
     * @param aiCodeShare five buckets of 0.2 (the last includes 1)
     * @param withoutAiCodeShare scored attempts whose report does not give the share
     * @param medianPrompts over the scored attempts whose report counts prompts
     */
    public record AiUsageDistribution(List<Bucket> aiCodeShare, long withoutAiCodeShare, Double medianPrompts) {}

    private AnalyticsViews() {}
}

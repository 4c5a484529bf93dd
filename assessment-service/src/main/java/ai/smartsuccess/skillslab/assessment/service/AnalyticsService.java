package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.AnalyticsRepository;
import ai.smartsuccess.skillslab.assessment.repository.AnalyticsRepository.AttemptFigures;
import ai.smartsuccess.skillslab.assessment.repository.AnalyticsRepository.FunnelCounts;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.AiUsageDistribution;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.Analytics;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.Attempts;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.Bucket;
import ai.smartsuccess.skillslab.assessment.service.AnalyticsViews.Funnel;
import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A business's funnel and score figures over its own tasks, for a period. */
@ApplicationScoped
public class AnalyticsService {

    /**
     * The checked parameters.
     *
     * @param from inclusive, null when open
     * @param to exclusive, null when open
     */
    public record Period(UUID taskId, OffsetDateTime from, OffsetDateTime to) {

        /**
         * {@code from} and {@code to} are ISO-8601 dates ({@code 2026-03-01}: the whole day in UTC, {@code to}
         * included) or date-times with an offset ({@code 2026-03-01T09:00:00+01:00}, {@code to} included); from must not
         * be after to. Each problem names its parameter.
         */
        public static Period parse(String taskId, String from, String to) {
            List<FieldError> errors = new ArrayList<>();
            UUID task = QueryParameters.uuid("taskId", taskId, errors);
            OffsetDateTime start = instant("from", from, false, errors);
            OffsetDateTime end = instant("to", to, true, errors);
            if (start != null && end != null && !start.isBefore(end)) {
                errors.add(new FieldError("from", "must not be after to"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The analytics query is invalid", errors);
            }
            return new Period(task, start, end);
        }

        /** An end is made exclusive: the day after a date, a microsecond (the database's precision) after a time. */
        private static OffsetDateTime instant(String name, String value, boolean end, List<FieldError> errors) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String text = value.strip();
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    return (end ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
                }
                OffsetDateTime time = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
                return end ? time.plusNanos(1_000) : time;
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(
                        name, "must be an ISO-8601 date (2026-03-01) or date-time with offset (2026-03-01T09:00:00Z)"));
                return null;
            }
        }
    }

    private final AnalyticsRepository figures;

    AnalyticsService(AnalyticsRepository figures) {
        this.figures = figures;
    }

    public Uni<Analytics> analytics(Caller caller, Period period) {
        String business = caller.subject();
        return figures.funnel(business, period.taskId(), period.from(), period.to())
                .flatMap(funnel -> figures.attempts(business, period.taskId(), period.from(), period.to())
                        .map(attempts -> analytics(period, funnel, attempts)));
    }

    static Analytics analytics(Period period, FunnelCounts f, AttemptFigures a) {
        Funnel funnel = new Funnel(f.invited(), f.opened(), f.accepted(), f.started(), f.submitted(), f.scored());
        Double completionRate = f.invited() == 0 ? null : round4((double) f.submitted() / f.invited());
        List<Bucket> scores = buckets(a.scoreBuckets(), 10, 10.0);
        List<Bucket> shares = buckets(a.shareBuckets(), 5, 0.2);
        return new Analytics(
                period.taskId(),
                period.from(),
                period.to(),
                funnel,
                completionRate,
                new Attempts(a.total(), a.started(), a.submitted(), a.scored(), a.failed(), a.abandoned()),
                round2(a.averageScore()),
                scores,
                categoryOrder(a.categoryAverages()),
                a.medianTimeSpentSeconds(),
                new AiUsageDistribution(shares, a.withoutAiCodeShare(), a.medianPrompts()));
    }

    private static List<Bucket> buckets(Map<Integer, Long> counts, int buckets, double width) {
        List<Bucket> result = new ArrayList<>();
        for (int i = 1; i <= buckets; i++) {
            double from = BigDecimal.valueOf(width)
                    .multiply(BigDecimal.valueOf(i - 1))
                    .doubleValue();
            double to =
                    BigDecimal.valueOf(width).multiply(BigDecimal.valueOf(i)).doubleValue();
            result.add(new Bucket(from, to, counts.getOrDefault(i, 0L)));
        }
        return result;
    }

    /** The built-in categories in report order, then custom ones sorted; means rounded to two decimals. */
    private static Map<String, Double> categoryOrder(Map<String, Double> averages) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        DefaultEvaluation.CATEGORIES.keySet().forEach(key -> {
            if (averages.containsKey(key)) {
                ordered.put(key, round2(averages.get(key)));
            }
        });
        new TreeMap<>(averages).forEach((key, value) -> ordered.putIfAbsent(key, round2(value)));
        return ordered;
    }

    private static Double round2(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double round4(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}

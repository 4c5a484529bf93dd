package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time attribution with the design's five-minute cap, fixed: terminal and file activity are work (the design counted
 * them as idle), timestamps are the recording side's (never the server's batch time), and time away from the
 * window is idle.
 */
public final class TimeMetricsCalculator {

    static final long GAP_CAP_SECONDS = 300;

    enum Activity {
        AI,
        CODING,
        TERMINAL,
        PLANNING,
        AWAY
    }

    private TimeMetricsCalculator() {}

    public static TimeMetrics compute(
            List<TrackingEvent> events,
            Instant startedAt,
            Instant submittedAt,
            long timeLimitSeconds,
            CodeEvolution evolution,
            TestActivity tests) {
        long[] buckets = new long[Activity.values().length];
        long idle = 0;
        int capped = 0;
        Map<String, Long> perFile = new TreeMap<>();
        Instant start = startedAt != null
                ? startedAt
                : events.isEmpty() ? Instant.EPOCH : events.get(0).timestamp();
        Instant end = submittedAt != null
                ? submittedAt
                : events.isEmpty() ? start : events.get(events.size() - 1).timestamp();
        if (end.isBefore(start)) {
            end = start;
        }
        // Before the first event the candidate reads the task: planning, capped like any gap.
        Activity activity = Activity.PLANNING;
        String file = null;
        Instant cursor = start;
        for (TrackingEvent event : events) {
            Activity next = activityOf(event);
            if (next == null) {
                // An integrity signal marks no moment of work: it neither splits a gap nor changes the activity.
                continue;
            }
            Instant at = clamp(event.timestamp(), start, end);
            long gap = Duration.between(cursor, at).getSeconds();
            if (gap > 0) {
                long credited = activity == Activity.AWAY ? 0 : Math.min(gap, GAP_CAP_SECONDS);
                if (credited < gap && activity != Activity.AWAY) {
                    capped++;
                }
                buckets[activity.ordinal()] += credited;
                idle += gap - credited;
                if (activity == Activity.CODING && file != null) {
                    perFile.merge(file, credited, Long::sum);
                }
            }
            cursor = at.isAfter(cursor) ? at : cursor;
            activity = next;
            String path = Data.string(event, "path");
            if (path != null
                    && (event.type() == TrackingEventType.CODE_SNAPSHOT
                            || event.type() == TrackingEventType.FILE_OPEN)) {
                file = path;
            }
        }
        long tail = Duration.between(cursor, end).getSeconds();
        if (tail > 0) {
            long credited = activity == Activity.AWAY ? 0 : Math.min(tail, GAP_CAP_SECONDS);
            capped += credited < tail && activity != Activity.AWAY ? 1 : 0;
            buckets[activity.ordinal()] += credited;
            idle += tail - credited;
        }
        long total = Duration.between(start, end).getSeconds();
        return new TimeMetrics(
                total,
                buckets[Activity.AI.ordinal()],
                buckets[Activity.CODING.ordinal()],
                buckets[Activity.TERMINAL.ordinal()],
                buckets[Activity.PLANNING.ordinal()],
                idle,
                timeLimitSeconds,
                capped,
                perFile,
                evolution.changes().isEmpty()
                        ? null
                        : Duration.between(start, evolution.changes().get(0).at())
                                .getSeconds(),
                tests.runs().isEmpty()
                        ? null
                        : Duration.between(start, tests.runs().get(0).at()).getSeconds(),
                tests.firstPass() == null
                        ? null
                        : Duration.between(start, tests.firstPass().at()).getSeconds());
    }

    private static Activity activityOf(TrackingEvent event) {
        return switch (event.type()) {
            case AI_PROMPT, AI_RESPONSE, MODEL_SWITCH -> Activity.AI;
            case COPY_PASTE -> "chat".equals(Data.string(event, "source")) ? Activity.AI : Activity.CODING;
            case CODE_SNAPSHOT, FILE_OP, FILE_OPEN -> Activity.CODING;
            case TERMINAL_COMMAND, TEST_RUN -> Activity.TERMINAL;
            case NOTE -> Activity.PLANNING;
            case FOCUS_CHANGE -> Data.bool(event, "focused", true) ? Activity.CODING : Activity.AWAY;
            // Integrity signals say nothing about what the candidate was doing at the time.
            case ACTIVITY_DROPPED, INTEGRITY_SIGNAL -> null;
        };
    }

    private static Instant clamp(Instant at, Instant start, Instant end) {
        if (at.isBefore(start)) {
            return start;
        }
        return at.isAfter(end) ? end : at;
    }
}

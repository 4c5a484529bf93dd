package ai.smartsuccess.skillslab.scoring.service.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeMetricsCalculatorTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    static TrackingEvent at(int seconds, TrackingEventType type, Map<String, Object> data) {
        Instant t = START.plusSeconds(seconds);
        return new TrackingEvent("e" + seconds, type, t, t, "client", data);
    }

    static final CodeEvolution NO_CODE = new CodeEvolution(List.of(), 0, List.of(), Map.of(), 0, 0, 0, 0, 0, List.of());
    static final TestActivity NO_RUNS = new TestActivity(
            List.of(),
            null,
            List.of(),
            0,
            0,
            new HiddenOutcome(false, 0, 0, false, null, List.of(), 0, 0, List.of()),
            0,
            "",
            TestActivity.NONE);

    @Test
    void gaps_are_capped_at_five_minutes_and_terminal_and_file_activity_count_as_work() {
        List<TrackingEvent> events = List.of(
                at(60, TrackingEventType.FILE_OPEN, Map.of("path", "README.md")), // 60 s planning before it
                at(120, TrackingEventType.TERMINAL_COMMAND, Map.of("command", "ls")), // 60 s coding (file open)
                at(1020, TrackingEventType.AI_PROMPT, Map.of("prompt", "hi")), // 900 s: 300 terminal + 600 idle
                at(1080, TrackingEventType.AI_RESPONSE, Map.of("response", "hello")), // 60 s AI
                at(1200, TrackingEventType.FOCUS_CHANGE, Map.of("focused", false)), // 120 s AI
                at(1800, TrackingEventType.FOCUS_CHANGE, Map.of("focused", true))); // 600 s away: idle
        TimeMetrics t = TimeMetricsCalculator.compute(events, START, START.plusSeconds(1900), 7200, NO_CODE, NO_RUNS);
        assertThat(t.totalSeconds()).isEqualTo(1900);
        assertThat(t.planningSeconds()).isEqualTo(60);
        assertThat(t.codingSeconds()).isEqualTo(60 + 100); // file open, then the last 100 s after refocusing
        assertThat(t.terminalSeconds()).isEqualTo(300);
        assertThat(t.aiSeconds()).isEqualTo(180);
        assertThat(t.idleSeconds()).isEqualTo(600 + 600);
        assertThat(t.workSeconds() + t.idleSeconds()).isEqualTo(t.totalSeconds());
        assertThat(t.cappedGaps()).isEqualTo(1);
    }

    @Test
    void a_session_without_events_is_all_orientation_up_to_the_cap_then_idle() {
        TimeMetrics t =
                TimeMetricsCalculator.compute(List.of(), START, START.plusSeconds(1000), 7200, NO_CODE, NO_RUNS);
        assertThat(t.planningSeconds()).isEqualTo(300);
        assertThat(t.idleSeconds()).isEqualTo(700);
    }
}

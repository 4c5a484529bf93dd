package ai.smartsuccess.skillslab.scoring.service.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestActivityAnalyzerTest {

    static final CodeEvolution NO_CODE = TimeMetricsCalculatorTest.NO_CODE;
    static final Repetition NO_REPETITION = new Repetition(List.of(), List.of(), 0);

    static TrackingEvent run(int seconds, int exitCode, Map<String, Object> flags) {
        Map<String, Object> data = new java.util.HashMap<>(
                Map.of("command", "python3 -m unittest discover -s tests", "exitCode", exitCode, "durationMs", 1200));
        data.putAll(flags);
        return TimeMetricsCalculatorTest.at(seconds, TrackingEventType.TEST_RUN, data);
    }

    @Test
    void a_run_the_candidate_stopped_is_neither_a_pass_nor_a_failure() {
        TestActivity activity = TestActivityAnalyzer.analyze(
                List.of(run(60, 137, Map.of("stopped", true))), List.of(), NO_CODE, NO_REPETITION, null);
        assertThat(activity.testRuns())
                .singleElement()
                .satisfies(r -> assertThat(r.passed()).isNull());
        assertThat(activity.episodes()).isEmpty();
    }

    @Test
    void a_run_over_the_time_limit_fails() {
        TestActivity activity = TestActivityAnalyzer.analyze(
                List.of(run(60, 137, Map.of("timedOut", true))), List.of(), NO_CODE, NO_REPETITION, null);
        assertThat(activity.testRuns())
                .singleElement()
                .satisfies(r -> assertThat(r.failed()).isTrue());
    }
}

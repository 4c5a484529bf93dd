package ai.smartsuccess.skillslab.assessment.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.OwnTimeline;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineEntry;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineSummary;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The candidate's cut of the business's timeline: built by the same builder, less what is the business's. */
class CandidateTimelineTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Timeline.Limits LIMITS = new Timeline.Limits(10_000, 10_000, 1_000, 100_000, 50_000);

    @Test
    void integrity_entries_go_and_the_hidden_run_keeps_only_the_counts_the_candidate_report_shows() {
        List<TimelineEntry> business = built();
        assertThat(business).extracting(TimelineEntry::kind).contains("integrity");

        Map<String, Object> analysis = Map.of(
                "testing", Map.of("hiddenTests", Map.of("ran", true, "total", 4, "passed", 3, "timedOut", false)));
        OwnTimeline own = CandidateTimeline.of(
                UUID.randomUUID(),
                business,
                new TimelineSummary(1, 4, business.size(), 0, false, List.of()),
                List.of(),
                analysis);

        assertThat(own.timeline()).extracting(TimelineEntry::kind).doesNotContain("integrity");
        assertThat(own.timeline()).extracting(TimelineEntry::kind).contains("file-change", "submit", "test-run");
        TimelineEntry hidden = own.timeline().stream()
                .filter(e -> Boolean.TRUE.equals(e.hidden()))
                .findFirst()
                .orElseThrow();
        assertThat(hidden.testsTotal()).isEqualTo(4);
        assertThat(hidden.testsPassed()).isEqualTo(3);
        assertThat(hidden.testsFailed()).isEqualTo(1);
        assertThat(hidden.durationMs()).isNull();
        assertThat(hidden.details()).isNull();
        assertThat(own.timelineSummary().entries()).isEqualTo(own.timeline().size());
        // The visible file change is the builder's own entry, diff and content included.
        TimelineEntry change = own.timeline().stream()
                .filter(e -> "file-change".equals(e.kind()))
                .findFirst()
                .orElseThrow();
        assertThat(change.diff()).contains("+new");
        assertThat(change.content()).isEqualTo("new\n");
    }

    @Test
    void without_counts_in_the_candidate_report_the_hidden_run_is_left_out() {
        List<TimelineEntry> business = built();
        assertThat(CandidateTimeline.entries(business, Map.of("testing", Map.of("runs", 2))))
                .noneMatch(e -> Boolean.TRUE.equals(e.hidden()));
        assertThat(CandidateTimeline.entries(business, null)).noneMatch(e -> Boolean.TRUE.equals(e.hidden()));
    }

    private static List<TimelineEntry> built() {
        List<TrackingEvent> events = List.of(
                event("s1", TrackingEventType.CODE_SNAPSHOT, 60, Map.of("path", "a.py", "content", "new\n")),
                event(
                        "i1",
                        TrackingEventType.INTEGRITY_SIGNAL,
                        90,
                        Map.of("code", "evidence-incomplete", "detail", "internal")));
        HiddenTestResults hidden =
                new HiddenTestResults("python-unittest", 4, 3, 1, 900, false, null, List.of(), List.of("conftest"));
        return Timeline.build(
                        events,
                        new Timeline.Session(
                                START, START.plusSeconds(300), false, null, hidden, Map.of("a.py", "old\n")),
                        LIMITS)
                .entries();
    }

    private static TrackingEvent event(String id, TrackingEventType type, int second, Map<String, Object> data) {
        return new TrackingEvent(id, type, START.plusSeconds(second), null, TrackingEvent.SOURCE_SERVER, data);
    }
}

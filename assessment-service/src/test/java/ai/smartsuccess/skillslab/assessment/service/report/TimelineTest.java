package ai.smartsuccess.skillslab.assessment.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineEntry;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Timeline.Limits LIMITS = new Timeline.Limits(1000, 400, 50, 5000, 100_000);

    @Test
    void events_are_ordered_by_time_and_equal_times_keep_their_stored_order() {
        List<TrackingEvent> events = List.of(
                event("b", TrackingEventType.NOTE, 20, Map.of("text", "second")),
                event("a", TrackingEventType.NOTE, 10, Map.of("text", "first")),
                event("c", TrackingEventType.FOCUS_CHANGE, 20, Map.of("focused", true)),
                event("d", TrackingEventType.MODEL_SWITCH, 5, Map.of("from", "gpt-4o", "to", "offline-assistant")));
        Timeline.Built built = Timeline.build(events, session(null, Map.of()), LIMITS);
        assertThat(built.entries()).extracting(TimelineEntry::eventId).containsExactly("d", "a", "b", "c");
        assertThat(built.entries()).extracting(TimelineEntry::offsetSeconds).containsExactly(5.0, 10.0, 20.0, 20.0);
        assertThat(built.entries().get(0).previousModel()).isEqualTo("gpt-4o");
        assertThat(built.entries().get(0).model()).isEqualTo("offline-assistant");
    }

    @Test
    void files_are_followed_through_snapshots_diffs_and_file_operations() {
        List<TrackingEvent> events = List.of(
                event("1", TrackingEventType.CODE_SNAPSHOT, 10, Map.of("path", "a.py", "content", "x = 1\ny = 2\n")),
                // The same content again changes nothing and is left out.
                event("2", TrackingEventType.CODE_SNAPSHOT, 11, Map.of("path", "a.py", "content", "x = 1\ny = 2\n")),
                // A snapshot sent as a diff is applied to the last known content.
                event(
                        "3",
                        TrackingEventType.CODE_SNAPSHOT,
                        12,
                        Map.of(
                                "path", "a.py",
                                "diff", "--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,2 @@\n x = 1\n-y = 2\n+y = 3\n")),
                event("4", TrackingEventType.FILE_OP, 13, Map.of("op", "rename", "path", "a.py", "newPath", "b.py")),
                event("5", TrackingEventType.CODE_SNAPSHOT, 14, Map.of("path", "b.py", "content", "x = 1\ny = 4\n")),
                event("6", TrackingEventType.FILE_OP, 15, Map.of("op", "create", "path", "c.py")),
                event("7", TrackingEventType.FILE_OP, 16, Map.of("op", "delete", "path", "c.py")),
                // A diff that does not apply: kept as sent, without content.
                event(
                        "8",
                        TrackingEventType.CODE_SNAPSHOT,
                        17,
                        Map.of("path", "b.py", "diff", "--- a/b.py\n+++ b/b.py\n@@ -1,1 +1,1 @@\n-nope\n+yes\n")));
        Timeline.Built built = Timeline.build(events, session(null, Map.of("a.py", "x = 0\n")), LIMITS);
        List<TimelineEntry> entries = built.entries();
        assertThat(entries).extracting(TimelineEntry::eventId).containsExactly("1", "3", "4", "5", "6", "7", "8");

        TimelineEntry first = entries.get(0);
        assertThat(first.diff()).contains("-x = 0", "+x = 1", "+y = 2");
        assertThat(first.content()).isEqualTo("x = 1\ny = 2\n");
        assertThat(first.linesAdded()).isEqualTo(2);
        assertThat(first.linesRemoved()).isEqualTo(1);

        TimelineEntry fromDiff = entries.get(1);
        assertThat(fromDiff.content()).isEqualTo("x = 1\ny = 3\n");
        assertThat(fromDiff.diff()).contains("-y = 2", "+y = 3");

        assertThat(entries.get(2).op()).isEqualTo("rename");
        assertThat(entries.get(2).newPath()).isEqualTo("b.py");
        assertThat(entries.get(2).content()).isEqualTo("x = 1\ny = 3\n");
        assertThat(entries.get(3).diff()).contains("--- a/b.py", "-y = 3", "+y = 4");
        assertThat(entries.get(4).op()).isEqualTo("create");
        assertThat(entries.get(4).content()).isEmpty();
        assertThat(entries.get(5).op()).isEqualTo("delete");
        assertThat(entries.get(5).content()).isNull();

        TimelineEntry broken = entries.get(6);
        assertThat(broken.content()).isNull();
        assertThat(broken.contentTruncated()).isTrue();
        assertThat(broken.diff()).contains("+yes");
        assertThat(built.warnings())
                .anySatisfy(w -> assertThat(w).contains("1 code snapshot(s) changed nothing"))
                .anySatisfy(w -> assertThat(w).contains("could not be applied"));
    }

    @Test
    void contents_texts_and_diffs_are_capped_and_say_so() {
        String big = "line\n".repeat(300); // 1,500 characters: over the 1,000 a file may carry
        List<TrackingEvent> events = new ArrayList<>();
        events.add(event("1", TrackingEventType.CODE_SNAPSHOT, 1, Map.of("path", "big.txt", "content", big)));
        events.add(event("2", TrackingEventType.AI_PROMPT, 2, Map.of("prompt", "p".repeat(80))));
        for (int i = 0; i < 8; i++) {
            events.add(event(
                    "s" + i,
                    TrackingEventType.CODE_SNAPSHOT,
                    3 + i,
                    Map.of("path", "s.txt", "content", "v" + i + "\n" + "x".repeat(900))));
        }
        Timeline.Built built = Timeline.build(events, session(null, Map.of()), LIMITS);
        TimelineEntry file = built.entries().get(0);
        assertThat(file.content()).hasSize(1000);
        assertThat(file.contentTruncated()).isTrue();
        assertThat(file.diff().length()).isLessThanOrEqualTo(400);
        assertThat(file.diffTruncated()).isTrue();
        TimelineEntry prompt = built.entries().get(1);
        assertThat(prompt.text()).hasSize(50);
        assertThat(prompt.textTruncated()).isTrue();
        // 5,000 characters of content in all: later entries carry their diff only.
        TimelineEntry last = built.entries().get(built.entries().size() - 1);
        assertThat(last.content()).isNull();
        assertThat(last.contentTruncated()).isTrue();
        assertThat(last.diff()).contains("+v7");
        assertThat(built.contentTruncated()).isTrue();
    }

    @Test
    void the_submit_and_the_hidden_run_close_the_session_and_server_records_are_shown() {
        HiddenTestResults hidden = new HiddenTestResults("python-unittest", 4, 3, 1, 1200, false, null, List.of());
        List<TrackingEvent> events = List.of(
                event(
                        "late",
                        TrackingEventType.AI_RESPONSE,
                        3700,
                        Map.of("response", "late answer", "complete", false)),
                event(
                        "i1",
                        TrackingEventType.INTEGRITY_SIGNAL,
                        3599,
                        Map.of("code", "evidence-incomplete", "expectedSequence", 9, "receivedCount", 7)),
                event("d1", TrackingEventType.ACTIVITY_DROPPED, 3000, Map.of("count", 12, "bytes", 4096)));
        Timeline.Session session =
                new Timeline.Session(START, START.plusSeconds(3600), true, "Done, see README.", hidden, Map.of());
        List<TimelineEntry> entries = Timeline.build(events, session, LIMITS).entries();
        assertThat(entries)
                .extracting(TimelineEntry::kind)
                .containsExactly("integrity", "integrity", "submit", "test-run", "answer");
        assertThat(entries.get(0).code()).isEqualTo("activity-dropped");
        assertThat(entries.get(0).details()).containsEntry("count", 12);
        assertThat(entries.get(1).code()).isEqualTo("evidence-incomplete");
        assertThat(entries.get(1).details()).containsEntry("receivedCount", 7).doesNotContainKey("code");
        assertThat(entries.get(2).autoSubmitted()).isTrue();
        assertThat(entries.get(2).text()).isEqualTo("Done, see README.");
        assertThat(entries.get(3).testsTotal()).isEqualTo(4);
        assertThat(entries.get(3).testsPassed()).isEqualTo(3);
        assertThat(entries.get(4).complete()).isFalse();
    }

    @Test
    void file_names_are_safe_ascii() {
        assertThat(ReportPdfService.fileName("Zoë Ångström", LocalDate.parse("2026-03-01")))
                .isEqualTo("skillslab-report-zoe-angstrom-2026-03-01.pdf");
        assertThat(ReportPdfService.fileName("\"; rm -rf / ..\\evil\r\n", null))
                .isEqualTo("skillslab-report-rm-rf-evil.pdf");
        assertThat(ReportPdfService.fileName("王小明", null)).isEqualTo("skillslab-report-candidate.pdf");
    }

    @Test
    void pdf_text_drops_what_xml_cannot_carry() {
        assertThat(PdfText.clean("a\u0000b\u0007c\td\uD800e\uFFFEf 😀", 100)).isEqualTo("abc\tdef 😀");
        assertThat(PdfText.clean("abcdef", 3)).isEqualTo("abc…");
        assertThat(PdfText.clean(null, 3)).isNull();
    }

    private static Timeline.Session session(Instant submittedAt, Map<String, String> starter) {
        return new Timeline.Session(START, submittedAt, false, null, null, starter);
    }

    private static TrackingEvent event(String id, TrackingEventType type, int second, Map<String, Object> data) {
        String source = type.serverRecorded() ? TrackingEvent.SOURCE_SERVER : TrackingEvent.SOURCE_CLIENT;
        return new TrackingEvent(id, type, START.plusSeconds(second), START.plusSeconds(second), source, data);
    }
}

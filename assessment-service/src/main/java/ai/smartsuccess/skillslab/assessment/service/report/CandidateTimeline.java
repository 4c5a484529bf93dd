package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ChatEntry;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.OwnTimeline;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineEntry;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The business's timeline cut down to what its candidate may see. Integrity entries (what the platform noticed about
 * the session, and its codes and details) are the business's and left out. The hidden suite's run is the platform's:
 * it stays only as "hidden tests ran" with the counts the candidate's own score report shows (its {@code
 * testing.hiddenTests}), never the runner's duration or anything else of the run, and not at all when that report
 * shows no counts. Pure, so that it can be tested alone.
 */
public final class CandidateTimeline {

    static final String INTEGRITY = "integrity";

    /**
     * @param candidateAnalysis the score report's detailed analysis as the candidate reads it
     */
    public static OwnTimeline of(
            UUID assessmentId,
            List<TimelineEntry> entries,
            TimelineSummary summary,
            List<ChatEntry> chat,
            Map<String, Object> candidateAnalysis) {
        List<TimelineEntry> shown = entries(entries, candidateAnalysis);
        return new OwnTimeline(
                assessmentId,
                shown,
                chat,
                new TimelineSummary(
                        summary.trackingObjects(),
                        summary.events(),
                        shown.size(),
                        summary.skippedEvents(),
                        summary.contentTruncated(),
                        summary.warnings()));
    }

    static List<TimelineEntry> entries(List<TimelineEntry> entries, Map<String, Object> candidateAnalysis) {
        HiddenCounts counts = HiddenCounts.of(candidateAnalysis);
        List<TimelineEntry> shown = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            if (INTEGRITY.equals(e.kind())) {
                continue;
            }
            if (Boolean.TRUE.equals(e.hidden())) {
                if (counts != null) {
                    shown.add(hiddenRun(e, counts));
                }
                continue;
            }
            shown.add(e);
        }
        return List.copyOf(shown);
    }

    /** The counts of the hidden run as the candidate's report shows them. */
    record HiddenCounts(int total, int passed, Boolean timedOut) {

        static HiddenCounts of(Map<String, Object> analysis) {
            if (analysis == null
                    || !(analysis.get("testing") instanceof Map<?, ?> testing)
                    || !(testing.get("hiddenTests") instanceof Map<?, ?> hidden)
                    || !(hidden.get("total") instanceof Number total)
                    || !(hidden.get("passed") instanceof Number passed)) {
                return null;
            }
            return new HiddenCounts(
                    total.intValue(),
                    passed.intValue(),
                    hidden.get("timedOut") instanceof Boolean timedOut ? timedOut : null);
        }
    }

    /** "Hidden tests ran": when, and the report's counts; nothing of the run itself. */
    private static TimelineEntry hiddenRun(TimelineEntry e, HiddenCounts counts) {
        return new TimelineEntry(
                e.at(),
                e.offsetSeconds(),
                e.kind(),
                null,
                e.recordedBy(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                counts.timedOut(),
                null,
                true,
                counts.total(),
                counts.passed(),
                Math.max(0, counts.total() - counts.passed()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private CandidateTimeline() {}
}

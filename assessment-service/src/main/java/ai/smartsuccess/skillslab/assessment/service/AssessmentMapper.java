package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.CandidateDocument;
import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.model.TaskSnapshotDocument;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.CandidateView;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ChatEntry;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Clock;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Detail;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.FileView;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ScoreView;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Summary;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.TaskView;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Warning;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities to API views; entities never leave the service. */
public final class AssessmentMapper {

    static String websocketUrl(Assessment assessment) {
        return "/ws/sandbox/" + assessment.id + "/terminal";
    }

    static Detail detail(
            Assessment a,
            Invitation invitation,
            String viewer,
            boolean canAbandon,
            List<ChatMessage> chat,
            Score score,
            List<FileView> files,
            List<Integer> warningMinutes,
            OffsetDateTime now) {
        boolean running = a.is(AssessmentStatus.IN_PROGRESS);
        return new Detail(
                a.id,
                a.status.value(),
                viewer,
                candidate(a.candidate),
                a.invitationId,
                invitation == null ? null : invitation.companyName,
                canAbandon,
                a.notes,
                a.attemptNumber,
                task(a.taskSnapshot),
                a.createdAt,
                a.startedAt,
                a.deadline,
                a.submittedAt,
                a.timeSpentSeconds,
                a.autoSubmitted,
                a.failureReason,
                running ? websocketUrl(a) : null,
                running ? clock(a.deadline, warningMinutes, now) : null,
                files,
                chat.stream().map(AssessmentMapper::chat).toList(),
                score == null ? null : score(score.report, viewer));
    }

    static Clock clock(OffsetDateTime deadline, List<Integer> warningMinutes, OffsetDateTime now) {
        long remaining = Math.max(0, Duration.between(now, deadline).toSeconds());
        List<Warning> warnings = warningMinutes.stream()
                .map(minutes -> {
                    OffsetDateTime at = deadline.minusMinutes(minutes);
                    return new Warning(minutes, at, !now.isBefore(at));
                })
                .toList();
        return new Clock(now.withOffsetSameInstant(ZoneOffset.UTC), remaining, warnings);
    }

    static CandidateView candidate(CandidateDocument c) {
        return c == null ? new CandidateView(PersonalData.DELETED_NAME, null) : new CandidateView(c.name(), c.email());
    }

    static TaskView task(TaskSnapshotDocument t) {
        return new TaskView(
                t.id(),
                t.title(),
                t.description(),
                t.taskType(),
                t.difficulty(),
                t.timeLimitMinutes(),
                t.isDefault(),
                t.creatorId(),
                t.usesPlatformKeys(),
                t.maxAttempts(),
                t.runtime(),
                t.visibleTestCommand());
    }

    public static ChatEntry chat(ChatMessage m) {
        return new ChatEntry(m.id, m.role, m.content, m.model, m.createdAt, m.complete);
    }

    /** The report in full, as the task's owner (and an admin) reads it. */
    public static ScoreView fullScore(ScoreReportDocument r) {
        return score(r, AttemptRules.BUSINESS);
    }

    /** The report as its candidate reads it (see {@link #hiddenTestsForCandidate}). */
    public static ScoreView candidateScore(ScoreReportDocument r) {
        return score(r, AttemptRules.CANDIDATE);
    }

    static ScoreView score(ScoreReportDocument r, String viewer) {
        return new ScoreView(
                r.finalScore(),
                r.proficiencyLevel(),
                r.categoryScores(),
                r.subitemScores(),
                r.strengths(),
                r.improvements(),
                r.aiHighlights(),
                AttemptRules.CANDIDATE.equals(viewer)
                        ? hiddenTestsForCandidate(r.detailedAnalysis())
                        : r.detailedAnalysis(),
                r.scoringVersion(),
                r.scoringModels(),
                r.failedEvaluators());
    }

    /**
     * The report's analysis as its candidate reads it: which hidden tests passed and the counts, but neither what a
     * hidden suite that did not run printed ({@code testing.hiddenTests.error}, where a solution could have put the
     * hidden tests' source) nor the run's integrity flags ({@code integrity.hiddenTestFlags}, {@code hiddenTestNote}):
     * those are for the task's owner and admins.
     */
    static Map<String, Object> hiddenTestsForCandidate(Map<String, Object> analysis) {
        if (analysis == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>(analysis);
        if (copy.get("testing") instanceof Map<?, ?> testing) {
            Map<String, Object> testingCopy = copyOf(testing);
            if (testingCopy.get("hiddenTests") instanceof Map<?, ?> hidden) {
                Map<String, Object> hiddenCopy = copyOf(hidden);
                hiddenCopy.remove("error");
                testingCopy.put("hiddenTests", hiddenCopy);
            }
            copy.put("testing", testingCopy);
        }
        if (copy.get("integrity") instanceof Map<?, ?> integrity) {
            Map<String, Object> integrityCopy = copyOf(integrity);
            integrityCopy.remove("hiddenTestFlags");
            integrityCopy.remove("hiddenTestNote");
            copy.put("integrity", integrityCopy);
        }
        return copy;
    }

    private static Map<String, Object> copyOf(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    static Summary summary(Assessment a, Invitation invitation, boolean canAbandon, Score score) {
        return new Summary(
                a.id,
                a.status.value(),
                a.taskId,
                a.taskSnapshot.title(),
                a.taskSnapshot.timeLimitMinutes(),
                a.attemptNumber,
                a.invitationId,
                invitation == null ? null : invitation.companyName,
                canAbandon,
                a.startedAt,
                a.submittedAt,
                score == null ? null : score.report.finalScore(),
                score == null ? null : score.report.proficiencyLevel(),
                a.createdAt);
    }

    private AssessmentMapper() {}
}

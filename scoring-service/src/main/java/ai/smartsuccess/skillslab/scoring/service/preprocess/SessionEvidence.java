package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import java.time.Instant;
import java.util.List;

/** Everything the evaluators read: the preprocessed, sanitised session. Immutable. */
public record SessionEvidence(
        AssessmentSubmitted submission,
        List<TrackingEvent> events,
        boolean trackingPresent,
        List<AiExchange> exchanges,
        CodeEvolution evolution,
        FinalCode finalCode,
        TestActivity tests,
        TimeMetrics time,
        ToolUsage tools,
        PlanningEvidence planning,
        Repetition repetition,
        Integrity integrity,
        int starterFileCount,
        List<String> warnings) {

    public int prompts() {
        return exchanges.size();
    }

    public Instant startedAt() {
        return submission.startedAt();
    }

    public Instant submittedAt() {
        return submission.submittedAt();
    }
}

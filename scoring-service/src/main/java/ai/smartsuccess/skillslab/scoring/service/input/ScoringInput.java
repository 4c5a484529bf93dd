package ai.smartsuccess.skillslab.scoring.service.input;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import java.util.List;

/**
 * Everything a score is computed from: the submitted event (by value) and the objects it points at (read from storage).
 *
 * @param trackingPresent false when the session has no tracking data at all; the report then says the score rests on
 *     the final files and the hidden tests
 * @param dataWarnings what could not be read, in words fit for the report
 */
public record ScoringInput(
        AssessmentSubmitted submission,
        List<TrackingEvent> events,
        WorkspaceFiles finalFiles,
        WorkspaceFiles starterFiles,
        boolean trackingPresent,
        List<String> dataWarnings) {

    public ScoringInput {
        events = List.copyOf(events);
        dataWarnings = List.copyOf(dataWarnings);
    }
}

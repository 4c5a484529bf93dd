package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.preprocess.Data;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the record says about its own completeness: sandbox activity that the session's budget turned away
 * ({@code activity_dropped}) and the platform's integrity signals (for example {@code evidence-incomplete}: the record
 * was sealed before all of the sandbox's activity had arrived). Shown with the report so that a reader knows the
 * evidence is partial; it never changes a score.
 */
final class EvidenceSignals {

    static final String ACTIVITY_DROPPED = "activity-dropped";

    static Map<String, Object> of(List<TrackingEvent> events) {
        long dropped = 0;
        long droppedBytes = 0;
        TreeSet<String> codes = new TreeSet<>();
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.ACTIVITY_DROPPED) {
                dropped += Math.max(0, Data.number(event, "count"));
                droppedBytes += Math.max(0, Data.number(event, "bytes"));
            } else if (event.type() == TrackingEventType.INTEGRITY_SIGNAL) {
                String code = Data.string(event, "code");
                if (code != null && !code.isBlank()) {
                    codes.add(code);
                }
            }
        }
        if (dropped > 0) {
            codes.add(ACTIVITY_DROPPED);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signals", List.copyOf(codes));
        m.put("activityDropped", Map.of("count", dropped, "bytes", droppedBytes));
        return m;
    }

    private EvidenceSignals() {}
}

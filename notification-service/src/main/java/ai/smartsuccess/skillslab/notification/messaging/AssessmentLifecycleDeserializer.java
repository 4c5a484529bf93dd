package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentLifecycleEvent;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import java.util.Map;

/** {@code assessment-lifecycle}: only AssessmentSubmitted, which brings whom to email and about which task. */
public class AssessmentLifecycleDeserializer extends EventDeserializer<AssessmentLifecycleEvent> {

    public AssessmentLifecycleDeserializer() {
        super(
                AssessmentLifecycleEvent.class,
                Map.of(
                        AssessmentSubmitted.TYPE,
                        Readable.of(
                                AssessmentSubmitted.SCHEMA_VERSION,
                                "assessmentId",
                                "candidate.userId",
                                "candidate.email",
                                "candidate.userType",
                                "task.title")));
    }
}

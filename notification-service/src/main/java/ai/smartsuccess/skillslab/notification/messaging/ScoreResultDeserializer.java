package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoreResultEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import java.util.Map;

/** {@code score-results}: the score email needs the assessment, the score and the level. */
public class ScoreResultDeserializer extends EventDeserializer<ScoreResultEvent> {

    public ScoreResultDeserializer() {
        super(
                ScoreResultEvent.class,
                Map.of(
                        ScoreComputed.TYPE,
                        Readable.of(ScoreComputed.SCHEMA_VERSION, "assessmentId", "finalScore", "proficiencyLevel"),
                        ScoringFailed.TYPE,
                        Readable.of(ScoringFailed.SCHEMA_VERSION, "assessmentId")));
    }
}

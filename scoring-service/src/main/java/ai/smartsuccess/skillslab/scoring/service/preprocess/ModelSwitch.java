package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.time.Instant;

/**
 * A change of AI model.
 *
 * @param eventId the model_switch event, or the first prompt on the new model when the switch was not recorded
 * @param reason why, as the candidate said; null when not given
 */
public record ModelSwitch(String eventId, Instant at, String from, String to, String reason) {

    public boolean explained() {
        return reason != null && Words.count(reason) >= 2;
    }
}

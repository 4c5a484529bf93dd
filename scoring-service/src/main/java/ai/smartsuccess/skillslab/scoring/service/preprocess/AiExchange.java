package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import java.time.Instant;
import java.util.Set;

/**
 * One prompt and the answer it got, as the AI proxy recorded them.
 *
 * @param index position among the session's prompts (0-based)
 * @param response null when no answer was recorded
 * @param responseCodeLines normalised, non-trivial lines of the code blocks in the answer
 * @param responseIdentifiers names the answer's code defines
 */
public record AiExchange(
        int index,
        TrackingEvent prompt,
        TrackingEvent response,
        String model,
        String provider,
        CandidateText text,
        String responseText,
        Set<String> responseCodeLines,
        Set<String> responseIdentifiers,
        long inputTokens,
        long outputTokens,
        long latencyMs,
        boolean complete) {

    public Instant at() {
        return prompt.timestamp();
    }

    /** When the answer arrived (the prompt's time when none was recorded). */
    public Instant answeredAt() {
        return response == null ? prompt.timestamp() : response.timestamp();
    }
}

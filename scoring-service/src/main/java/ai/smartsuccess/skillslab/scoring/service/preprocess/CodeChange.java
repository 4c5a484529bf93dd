package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.time.Instant;

/**
 * One change of one file between two successive snapshots.
 *
 * @param origin {@code manual} (typed by the candidate), {@code ai-paste} (pasted from the chat) or {@code ai-derived}
 *     (most added lines appear in an earlier AI answer)
 */
public record CodeChange(String eventId, Instant at, String path, int added, int removed, String origin) {

    public static final String MANUAL = "manual";
    public static final String AI_PASTE = "ai-paste";
    public static final String AI_DERIVED = "ai-derived";

    public boolean fromAi() {
        return !MANUAL.equals(origin);
    }
}

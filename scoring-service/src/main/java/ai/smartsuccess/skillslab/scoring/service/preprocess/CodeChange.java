package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.time.Instant;
import java.util.Set;

/**
 * One change of one file between two successive snapshots.
 *
 * @param origin {@code manual} (typed by the candidate), {@code ai-paste} (pasted from the chat) or {@code ai-derived}
 *     (most added lines appear in an earlier AI answer)
 * @param addedCode the normalised, non-trivial lines the change added (for tracing them to the answer they came from)
 */
public record CodeChange(
        String eventId, Instant at, String path, int added, int removed, String origin, Set<String> addedCode) {

    public CodeChange {
        addedCode = Set.copyOf(addedCode);
    }

    /** Whether the change added code found in this answer: the answer was applied, not merely followed by typing. */
    public boolean applies(AiExchange exchange) {
        return addedCode.stream().anyMatch(exchange.responseCodeLines()::contains);
    }

    public static final String MANUAL = "manual";
    public static final String AI_PASTE = "ai-paste";
    public static final String AI_DERIVED = "ai-derived";

    public boolean fromAi() {
        return !MANUAL.equals(origin);
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import java.time.OffsetDateTime;
import java.util.List;

/** What a candidate sees of their own provider keys. */
public final class KeyViews {

    /**
     * A stored provider key, as its owner may see it: never the key, only its last four characters.
     *
     * @param baseUrl the owner's own OpenAI-compatible server, when the key comes with one
     * @param models the models that server serves, as last given or discovered (empty: none known yet)
     */
    public record KeyView(
            String provider,
            String hint,
            boolean isValid,
            OffsetDateTime lastUsedAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            String baseUrl,
            List<String> models) {}

    public record KeyList(List<KeyView> keys) {}

    /**
     * @param models the ids of the models the key unlocks (as {@code GET /api/ai/models} names them) when it works
     */
    public record KeyTest(String provider, boolean valid, String detail, List<String> models) {}

    private KeyViews() {}
}

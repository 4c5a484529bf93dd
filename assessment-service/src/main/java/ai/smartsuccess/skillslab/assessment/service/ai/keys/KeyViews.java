package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import java.time.OffsetDateTime;
import java.util.List;

/** What a candidate sees of their own provider keys. */
public final class KeyViews {

    /** A stored provider key, as its owner may see it: never the key, only its last four characters. */
    public record KeyView(
            String provider,
            String hint,
            boolean isValid,
            OffsetDateTime lastUsedAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    public record KeyList(List<KeyView> keys) {}

    public record KeyTest(String provider, boolean valid, String detail) {}

    private KeyViews() {}
}

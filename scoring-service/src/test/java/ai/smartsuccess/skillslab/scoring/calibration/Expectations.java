package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.scoring.calibration.SessionScript.Band;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calibration/expectations.json}: the archetypes with their groups and bands, the within-task orderings and the
 * targets, all written down before the set was scored.
 */
public record Expectations(
        Map<String, Archetype> archetypes,
        List<Ordering> orderings,
        double pairwiseAgreement,
        double nothingAndUnsolvedBelow,
        double doNothingBelow,
        double solvedWellAtLeast) {

    public static final String TWIN = "twin";

    /** The expected rank of each group, for the sensitivity table (twins have none). */
    public static final Map<String, Integer> GROUP_RANK =
            Map.of("nothing", 0, "unsolved", 1, "solved", 2, "solved-well", 3);

    /** @param band null for the twin group: such a session is judged against its twin */
    public record Archetype(String name, String group, Band band, String label) {}

    /** Within one task, the session of {@code higher} must score above the one of {@code lower}. */
    public record Ordering(String higher, String lower) {}

    public static Expectations load() {
        JsonNode root =
                TaskCatalog.readJson(TaskCatalog.resource("/calibration/expectations.json"), "expectations.json");
        Map<String, Archetype> archetypes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("archetypes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            String group = a.path("group").asText();
            Band band = a.has("min")
                    ? new Band(a.get("min").asDouble(), a.get("max").asDouble())
                    : null;
            if (band == null && !TWIN.equals(group)) {
                throw new IllegalStateException("expectations.json: archetype " + e.getKey() + " has no band");
            }
            archetypes.put(
                    e.getKey(),
                    new Archetype(e.getKey(), group, band, a.path("label").asText()));
        }
        List<Ordering> orderings = new ArrayList<>();
        for (JsonNode o : root.path("orderings")) {
            if (o.size() != 3 || !">".equals(o.get(1).asText())) {
                throw new IllegalStateException("expectations.json: an ordering is [\"a\", \">\", \"b\"], not " + o);
            }
            orderings.add(new Ordering(o.get(0).asText(), o.get(2).asText()));
        }
        JsonNode targets = root.path("targets");
        return new Expectations(
                Collections.unmodifiableMap(archetypes),
                List.copyOf(orderings),
                targets.path("pairwiseAgreement").asDouble(0.90),
                targets.path("nothingAndUnsolvedBelow").asDouble(40),
                targets.path("doNothingBelow").asDouble(20),
                targets.path("solvedWellAtLeast").asDouble(55));
    }
}

package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The calibration corpus: recorded sessions of the default todo-API task under {@code src/test/resources/corpus}, one
 * directory each ({@code session.json} with the submission's facts, {@code tracking.ndjson},
 * {@code final-files.json}).
 */
public final class Corpus {

    public static final List<String> SESSIONS = List.of(
            "paste-and-submit",
            "planner-verifier",
            "no-ai-solver",
            "ai-well-failing-tests",
            "thrasher",
            "model-switcher",
            "edge-case-tester",
            "moderate",
            "prompt-injection",
            "keyword-stuffer",
            "late-tester",
            "idle-abandoned",
            "error-recovery",
            "no-tracking");

    private Corpus() {}

    public static SessionFixture load(String name) {
        try {
            JsonNode meta = SubmissionParser.MAPPER.readTree(TodoTask.resource("/corpus/" + name + "/session.json"));
            SessionFixture s = new SessionFixture();
            s.assessmentId = UUID.nameUUIDFromBytes(("corpus/" + name).getBytes(StandardCharsets.UTF_8));
            s.startedAt = Instant.parse(meta.path("startedAt").asText());
            s.submittedAt = Instant.parse(meta.path("submittedAt").asText());
            s.autoSubmitted = meta.path("autoSubmitted").asBoolean();
            s.withTracking = meta.path("tracking").asBoolean(true);
            if (meta.path("invited").asBoolean()) {
                s.invitationId = UUID.nameUUIDFromBytes(("invitation/" + name).getBytes(StandardCharsets.UTF_8));
            }
            s.hiddenTests = SubmissionParser.MAPPER.treeToValue(meta.path("hiddenTests"), HiddenTestResults.class);
            s.events = new ArrayList<>(
                    SubmissionParser.parseTracking(TodoTask.resource("/corpus/" + name + "/tracking.ndjson")
                                    .getBytes(StandardCharsets.UTF_8))
                            .events());
            s.starterFiles.putAll(TodoTask.starterFiles());
            JsonNode files =
                    SubmissionParser.MAPPER.readTree(TodoTask.resource("/corpus/" + name + "/final-files.json"));
            for (Iterator<JsonNode> it = files.path("files").elements(); it.hasNext(); ) {
                JsonNode f = it.next();
                s.finalFiles.put(f.path("path").asText(), f.path("content").asText());
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String description(String name) {
        try {
            return SubmissionParser.MAPPER
                    .readTree(TodoTask.resource("/corpus/" + name + "/session.json"))
                    .path("description")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a tracking event with other data (for building variants of a recorded session). */
    public static TrackingEvent withData(TrackingEvent e, Map<String, Object> data) {
        return new TrackingEvent(e.id(), e.type(), e.timestamp(), e.receivedAt(), e.source(), data);
    }
}

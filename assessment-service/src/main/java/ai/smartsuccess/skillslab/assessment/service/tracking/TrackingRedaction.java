package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.service.PersonalData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Removes what a person wrote from their tracking events (prompts, the answers to them, notes, pasted text, terminal
 * lines and the commands of test runs: a command line is free text like any other), keeping the timeline itself: ids,
 * types, times, sizes, models, code snapshots and the outcome of test runs (exit code, duration).
 */
public final class TrackingRedaction {

    /** The {@code data} fields that carry free text, by event type. */
    static final Map<String, List<String>> FREE_TEXT = Map.of(
            "ai_prompt", List.of("prompt"),
            "ai_response", List.of("response"),
            "note", List.of("text"),
            "copy_paste", List.of("content"),
            "terminal_command", List.of("command"),
            "test_run", List.of("command"));

    /** The NDJSON with free text replaced, or null when it holds none (nothing to rewrite). */
    public static String redact(String ndjson, ObjectMapper mapper) {
        StringBuilder out = new StringBuilder(ndjson.length());
        boolean changed = false;
        for (String line : ndjson.split("\n", -1)) {
            if (line.isBlank()) {
                out.append(line).append('\n');
                continue;
            }
            String redacted = redactLine(line, mapper);
            changed |= !line.equals(redacted);
            if (redacted != null) {
                out.append(redacted).append('\n');
            }
        }
        // split(-1) leaves one empty piece after the final newline; keep the object's shape exactly.
        if (out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return changed ? out.toString() : null;
    }

    /** The line without free text; null to drop a line that is not an event. */
    private static String redactLine(String line, ObjectMapper mapper) {
        JsonNode event;
        try {
            event = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            // Never written by this service; text that cannot be checked is not kept.
            return null;
        }
        List<String> fields = FREE_TEXT.get(event.path("type").asText());
        if (fields == null || !(event.path("data") instanceof ObjectNode data)) {
            return line;
        }
        boolean changed = false;
        for (String field : fields) {
            JsonNode value = data.get(field);
            if (value != null && !value.isNull() && !PersonalData.REMOVED.equals(value.asText())) {
                data.put(field, PersonalData.REMOVED);
                changed = true;
            }
        }
        if (!changed) {
            return line;
        }
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private TrackingRedaction() {}
}

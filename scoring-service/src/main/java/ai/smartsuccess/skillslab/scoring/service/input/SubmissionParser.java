package ai.smartsuccess.skillslab.scoring.service.input;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the stored objects. Tolerant on purpose: a broken line or file is skipped and reported, because one bad
 * record must not cost a candidate their whole score.
 */
public final class SubmissionParser {

    /** Independent of the REST mapper (which refuses unknown fields): stored data may carry newer, additive fields. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public record ParsedEvents(List<TrackingEvent> events, int skippedLines) {}

    private SubmissionParser() {}

    /** One {@link TrackingEvent} per non-blank line. */
    public static ParsedEvents parseTracking(byte[] ndjson) {
        List<TrackingEvent> events = new ArrayList<>();
        int skipped = 0;
        String text = new String(ndjson, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                TrackingEvent event = MAPPER.readValue(line, TrackingEvent.class);
                if (event == null || event.type() == null || event.timestamp() == null) {
                    skipped++;
                } else {
                    events.add(event);
                }
            } catch (IOException | IllegalArgumentException e) {
                skipped++;
            }
        }
        return new ParsedEvents(events, skipped);
    }

    /** {@code {"files": [{"path", "encoding": "utf-8"|"base64", "content", "size"}], "skipped": [...]}}. */
    public static WorkspaceFiles parseFiles(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("a files object must be a JSON object");
        }
        Map<String, WorkspaceFile> files = new LinkedHashMap<>();
        for (JsonNode node : root.path("files")) {
            String path = node.path("path").asText("");
            if (path.isBlank()) {
                continue;
            }
            String encoding = node.path("encoding").asText("utf-8");
            String content = node.path("content").asText("");
            if ("base64".equalsIgnoreCase(encoding)) {
                byte[] bytes = decode(content);
                String asText = bytes == null ? null : utf8OrNull(bytes);
                long size = node.path("size").asLong(bytes == null ? 0 : bytes.length);
                files.put(path, new WorkspaceFile(path, asText, size, asText == null));
            } else {
                long size = node.path("size").asLong(content.getBytes(StandardCharsets.UTF_8).length);
                files.put(path, new WorkspaceFile(path, content, size, false));
            }
        }
        List<String> skipped = new ArrayList<>();
        for (JsonNode node : root.path("skipped")) {
            skipped.add(node.isTextual() ? node.asText() : node.path("path").asText(node.toString()));
        }
        return new WorkspaceFiles(files, skipped);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Base64 content that is really UTF-8 text without NUL bytes is analysed as text. */
    private static String utf8OrNull(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}

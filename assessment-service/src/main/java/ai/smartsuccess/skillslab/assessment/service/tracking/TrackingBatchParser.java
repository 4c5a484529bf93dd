package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.assessment.service.PayloadTooLargeException;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a tracking batch {@code {events: [{id, type, timestamp, data}]}}. All or nothing: one malformed event
 * rejects the whole batch, naming the field. Limits: body bytes, events per batch, bytes per event.
 */
@ApplicationScoped
public class TrackingBatchParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "type", "timestamp", "data");
    private static final Set<String> FILE_OPS = Set.of("create", "rename", "delete");
    /** Fields each type's {@code data} must carry (see TrackingEventType's javadoc). */
    private static final Map<TrackingEventType, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(TrackingEventType.CODE_SNAPSHOT, List.of("path")),
            Map.entry(TrackingEventType.FILE_OP, List.of("op", "path")),
            Map.entry(TrackingEventType.FILE_OPEN, List.of("path")),
            Map.entry(TrackingEventType.TERMINAL_COMMAND, List.of("command")),
            Map.entry(TrackingEventType.AI_PROMPT, List.of()),
            Map.entry(TrackingEventType.AI_RESPONSE, List.of()),
            Map.entry(TrackingEventType.MODEL_SWITCH, List.of("to")),
            Map.entry(TrackingEventType.COPY_PASTE, List.of("direction")),
            Map.entry(TrackingEventType.TEST_RUN, List.of("command")),
            Map.entry(TrackingEventType.FOCUS_CHANGE, List.of("focused")),
            Map.entry(TrackingEventType.NOTE, List.of("text")));

    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final int maxEvents;
    private final int maxEventBytes;

    TrackingBatchParser(ObjectMapper mapper, AssessmentConfig config) {
        this.mapper = mapper;
        this.maxBodyBytes = config.tracking().maxBodyBytes();
        this.maxEvents = config.tracking().maxEventsPerBatch();
        this.maxEventBytes = config.tracking().maxEventBytes();
    }

    public List<IncomingEvent> parse(byte[] body) {
        if (body.length > maxBodyBytes) {
            throw new PayloadTooLargeException("A tracking batch may be at most " + maxBodyBytes + " bytes.");
        }
        JsonNode root = read(body);
        if (!root.isObject()) {
            throw new InvalidInputException("events", "The body must be an object {events: [...]}.");
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!"events".equals(name)) {
                throw new InvalidInputException(name, "is not a known field");
            }
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            throw new InvalidInputException("events", "must be an array of events");
        }
        if (events.size() > maxEvents) {
            throw new PayloadTooLargeException("A tracking batch may hold at most " + maxEvents + " events.");
        }
        List<IncomingEvent> parsed = new ArrayList<>(events.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = check(events.get(i), "events[" + i + "]", errors);
            if (event != null) {
                parsed.add(event);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The tracking batch was rejected: " + errors.get(0).field() + " "
                            + errors.get(0).message() + ".",
                    errors.subList(0, Math.min(errors.size(), 20)));
        }
        return parsed;
    }

    private IncomingEvent check(JsonNode node, String at, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(at, "must be an object {id, type, timestamp, data}"));
            return null;
        }
        int before = errors.size();
        node.fieldNames().forEachRemaining(name -> {
            if (!EVENT_FIELDS.contains(name)) {
                errors.add(new FieldError(at + "." + name, "is not a known field"));
            }
        });
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || !ID.matcher(id.asText()).matches()) {
            errors.add(new FieldError(at + ".id", "must be 1 to 128 letters, digits or _.:- characters"));
        }
        JsonNode typeNode = node.get("type");
        TrackingEventType type = typeNode != null && typeNode.isTextual()
                ? TrackingEventType.fromWireName(typeNode.asText()).orElse(null)
                : null;
        if (type == null) {
            errors.add(new FieldError(at + ".type", "must be one of the tracking event types"));
        }
        Instant timestamp = timestamp(node.get("timestamp"));
        if (timestamp == null) {
            errors.add(new FieldError(at + ".timestamp", "must be an ISO-8601 date-time with a zone"));
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            errors.add(new FieldError(at + ".data", "must be an object"));
        } else if (type != null) {
            checkData(type, (ObjectNode) data, at + ".data", errors);
        }
        if (errors.size() > before) {
            return null;
        }
        return new IncomingEvent(id.asText(), type, timestamp, (ObjectNode) data);
    }

    private void checkData(TrackingEventType type, ObjectNode data, String at, List<FieldError> errors) {
        for (String field : REQUIRED.get(type)) {
            JsonNode value = data.get(field);
            if (value == null || value.isNull()) {
                errors.add(new FieldError(at + "." + field, "is required for " + type.wireName()));
            }
        }
        if (type == TrackingEventType.CODE_SNAPSHOT && !data.has("content") && !data.has("diff")) {
            errors.add(new FieldError(at + ".content", "code_snapshot needs the file content or a diff"));
        }
        if (type == TrackingEventType.FILE_OP
                && data.hasNonNull("op")
                && !FILE_OPS.contains(data.get("op").asText())) {
            errors.add(new FieldError(at + ".op", "must be create, rename or delete"));
        }
    }

    /** Client timestamps are kept (normalised to UTC), never replaced by the server's clock. */
    private static Instant timestamp(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("events", "The body is not valid JSON.");
        } catch (IOException e) {
            throw new InvalidInputException("events", "The body could not be read.");
        }
    }

    /** Bytes one event may take once stored. */
    public int maxEventBytes() {
        return maxEventBytes;
    }

    /** A checked event from the client, before it is stamped and buffered. */
    public record IncomingEvent(String id, TrackingEventType type, Instant timestamp, ObjectNode data) {}
}

package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and checks a tracking batch {@code {events: [{id, type, timestamp, data}]}} and writes the stored NDJSON line of
 * each event, in one pass over the body: no tree is built and no event is serialised again. All or nothing: one
 * malformed event rejects the whole batch, naming the field. Limits: body bytes, events per batch (bytes per event are
 * checked by the caller, on the lines).
 *
 * <p>An event's {@code data} is checked field by field and then copied into its line byte for byte as the client sent
 * it: the parser has validated it as JSON, and a line break can only be whitespace between tokens there (JSON strings
 * cannot hold a raw one), so line breaks become spaces and the line stays one line.
 */
@ApplicationScoped
public class TrackingBatchParser {

    /** Errors reported for one batch; the first is also in the detail. */
    private static final int MAX_ERRORS = 20;

    private static final Set<String> FILE_OPS = Set.of("create", "rename", "delete");
    private static final Map<String, TrackingEventType> TYPES = new HashMap<>();
    /** The {@code data} fields some type requires (see TrackingEventType's javadoc), as bits of {@link Event#present}. */
    private static final List<String> DATA_FIELDS =
            List.of("path", "op", "command", "to", "direction", "focused", "text", "content", "diff");

    private static final byte[] DATA = ",\"data\":".getBytes(StandardCharsets.US_ASCII);

    private static final int PATH = 1;
    private static final int OP = 1 << 1;
    private static final int COMMAND = 1 << 2;
    private static final int TO = 1 << 3;
    private static final int DIRECTION = 1 << 4;
    private static final int FOCUSED = 1 << 5;
    private static final int TEXT = 1 << 6;

    static {
        for (TrackingEventType type : TrackingEventType.values()) {
            TYPES.put(type.wireName(), type);
        }
    }

    /**
     * Strict JSON whatever the application's ObjectMapper may allow: copying {@code data} as sent relies on strings
     * never holding a raw line break.
     */
    private final JsonFactory json = new JsonFactory();

    private final int maxBodyBytes;
    private final int maxEvents;
    private final int maxEventBytes;

    @Inject
    TrackingBatchParser(AssessmentConfig config) {
        this(
                config.tracking().maxBodyBytes(),
                config.tracking().maxEventsPerBatch(),
                config.tracking().maxEventBytes());
    }

    TrackingBatchParser(int maxBodyBytes, int maxEvents, int maxEventBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxEvents = maxEvents;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * @param receivedAt when the server received the batch (UTC ISO-8601), stamped on every line
     * @param source {@code client} or {@code server}
     * @param stored the types whose lines are wanted; the others are checked but get no line
     */
    public List<ParsedEvent> parse(byte[] body, String receivedAt, String source, Predicate<TrackingEventType> stored) {
        if (body.length > maxBodyBytes) {
            throw new PayloadTooLargeException("A tracking batch may be at most " + maxBodyBytes + " bytes.");
        }
        Batch batch = new Batch(body, header("receivedAt", receivedAt) + header("source", source), stored);
        try (JsonParser parser = json.createParser(body)) {
            batch.read(parser);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("events", "The body is not valid JSON.");
        } catch (IOException e) {
            throw new InvalidInputException("events", "The body could not be read.");
        }
        return batch.result();
    }

    /** Bytes one event may take once stored. */
    public int maxEventBytes() {
        return maxEventBytes;
    }

    private static String header(String name, String value) {
        return ",\"" + name + "\":\"" + value + "\"";
    }

    /** What is checked of an event id; ids go into lines and Redis keys as they are. */
    static boolean validId(String id) {
        int length = id.length();
        if (length < 1 || length > 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (i == 0 || (c != '_' && c != '.' && c != ':' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A checked event: its id, its type and, when its type is stored, its NDJSON line (UTF-8, without the line break).
     */
    public record ParsedEvent(String id, TrackingEventType type, byte[] line) {}

    /** The state of one parse. */
    private final class Batch {

        private final byte[] body;
        private final byte[] stamp;
        private final Predicate<TrackingEventType> stored;
        private final Event event = new Event();
        private String unknownField;
        private boolean eventsIsArray;
        private boolean rootIsObject;
        private int count;
        private List<ParsedEvent> events = new ArrayList<>();
        private List<FieldError> errors = new ArrayList<>();

        Batch(byte[] body, String stamp, Predicate<TrackingEventType> stored) {
            this.body = body;
            this.stamp = stamp.getBytes(StandardCharsets.UTF_8);
            this.stored = stored;
        }

        void read(JsonParser parser) throws IOException {
            JsonToken root = parser.nextToken();
            if (root == null) {
                return;
            }
            if (parser.currentTokenLocation().getByteOffset() < 0) {
                throw new InvalidInputException("events", "The body must be JSON in UTF-8.");
            }
            if (root != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            rootIsObject = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("events".equals(name)) {
                    readEvents(parser);
                } else {
                    if (unknownField == null) {
                        unknownField = name;
                    }
                    parser.skipChildren();
                }
            }
        }

        /** A repeated {@code events} field replaces the earlier one, as it would in a JSON object. */
        private void readEvents(JsonParser parser) throws IOException {
            events = new ArrayList<>();
            errors = new ArrayList<>();
            count = 0;
            eventsIsArray = parser.currentToken() == JsonToken.START_ARRAY;
            if (!eventsIsArray) {
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int index = count++;
                if (count > maxEvents || errors.size() >= MAX_ERRORS) {
                    parser.skipChildren();
                } else {
                    readEvent(parser, "events[" + index + "]");
                }
            }
        }

        private void readEvent(JsonParser parser, String at) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                errors.add(new FieldError(at, "must be an object {id, type, timestamp, data}"));
                parser.skipChildren();
                return;
            }
            Event e = event;
            e.reset();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "id" -> e.id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "type" -> e.type = value == JsonToken.VALUE_STRING ? TYPES.get(parser.getText()) : null;
                    case "timestamp" ->
                        e.timestamp = value == JsonToken.VALUE_STRING ? TrackingTimestamps.utc(parser.getText()) : null;
                    case "data" -> readData(parser, e);
                    default -> e.unknown(name);
                }
                if (value.isStructStart() && !"data".equals(name)) {
                    parser.skipChildren();
                }
            }
            check(e, at);
        }

        /** Notes which fields {@code data} holds (the last of a repeated name counts) and where it is in the body. */
        private void readData(JsonParser parser, Event e) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                e.dataStart = -1;
                parser.skipChildren();
                return;
            }
            e.dataStart = (int) parser.currentTokenLocation().getByteOffset();
            e.present = 0;
            e.content = false;
            e.opValid = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int bit = bit(name);
                if (bit != 0) {
                    e.present = value == JsonToken.VALUE_NULL ? e.present & ~bit : e.present | bit;
                }
                if (bit == OP) {
                    e.opValid = value == JsonToken.VALUE_STRING && FILE_OPS.contains(parser.getText());
                } else if ("content".equals(name) || "diff".equals(name)) {
                    e.content = true;
                }
                parser.skipChildren();
            }
            e.dataEnd = (int) parser.currentLocation().getByteOffset();
        }

        private static int bit(String name) {
            return switch (name) {
                case "path" -> PATH;
                case "op" -> OP;
                case "command" -> COMMAND;
                case "to" -> TO;
                case "direction" -> DIRECTION;
                case "focused" -> FOCUSED;
                case "text" -> TEXT;
                default -> 0;
            };
        }

        /** The checks, in the order they are reported: unknown fields, id, type, timestamp, data. */
        private void check(Event e, String at) {
            int before = errors.size();
            for (String name : e.unknownFields) {
                errors.add(new FieldError(at + "." + name, "is not a known field"));
            }
            if (e.id == null || !validId(e.id)) {
                errors.add(new FieldError(at + ".id", "must be 1 to 128 letters, digits or _.:- characters"));
            }
            if (e.type == null) {
                errors.add(new FieldError(at + ".type", "must be one of the tracking event types"));
            }
            if (e.timestamp == null) {
                errors.add(new FieldError(at + ".timestamp", "must be an ISO-8601 date-time with a zone"));
            }
            if (e.dataStart < 0) {
                errors.add(new FieldError(at + ".data", "must be an object"));
            } else if (e.type != null) {
                checkData(e, at + ".data");
            }
            if (errors.size() == before && errors.isEmpty()) {
                events.add(new ParsedEvent(e.id, e.type, stored.test(e.type) ? line(e) : null));
            }
        }

        private void checkData(Event e, String at) {
            int required = switch (e.type) {
                case CODE_SNAPSHOT, FILE_OPEN -> PATH;
                case FILE_OP -> OP | PATH;
                case TERMINAL_COMMAND, TEST_RUN -> COMMAND;
                case MODEL_SWITCH -> TO;
                case COPY_PASTE -> DIRECTION;
                case FOCUS_CHANGE -> FOCUSED;
                case NOTE -> TEXT;
                case AI_PROMPT, AI_RESPONSE, ACTIVITY_DROPPED, INTEGRITY_SIGNAL -> 0;
            };
            for (int i = 0; i < DATA_FIELDS.size(); i++) {
                int bit = 1 << i;
                if ((required & bit) != 0 && (e.present & bit) == 0) {
                    errors.add(new FieldError(at + "." + DATA_FIELDS.get(i), "is required for " + e.type.wireName()));
                }
            }
            if (e.type == TrackingEventType.CODE_SNAPSHOT && !e.content) {
                errors.add(new FieldError(at + ".content", "code_snapshot needs the file content or a diff"));
            }
            if (e.type == TrackingEventType.FILE_OP && (e.present & OP) != 0 && !e.opValid) {
                errors.add(new FieldError(at + ".op", "must be create, rename or delete"));
            }
        }

        /** {@code {"id","type","timestamp","receivedAt","source","data"}}, the shape of TrackingEvent. */
        private byte[] line(Event e) {
            String head = "{\"id\":\"" + e.id + "\",\"type\":\"" + e.type.wireName() + "\",\"timestamp\":\""
                    + e.timestamp + "\"";
            int headLength = head.length();
            int dataLength = e.dataEnd - e.dataStart;
            byte[] line = new byte[headLength + stamp.length + 8 + dataLength + 1];
            int at = 0;
            for (int i = 0; i < headLength; i++) {
                line[at++] = (byte) head.charAt(i);
            }
            System.arraycopy(stamp, 0, line, at, stamp.length);
            at += stamp.length;
            for (byte b : DATA) {
                line[at++] = b;
            }
            for (int i = e.dataStart; i < e.dataEnd; i++) {
                byte b = body[i];
                line[at++] = b == '\n' || b == '\r' ? (byte) ' ' : b;
            }
            line[at] = '}';
            return line;
        }

        List<ParsedEvent> result() {
            if (!rootIsObject) {
                throw new InvalidInputException("events", "The body must be an object {events: [...]}.");
            }
            if (unknownField != null) {
                throw new InvalidInputException(unknownField, "is not a known field");
            }
            if (!eventsIsArray) {
                throw new InvalidInputException("events", "must be an array of events");
            }
            if (count > maxEvents) {
                throw new PayloadTooLargeException("A tracking batch may hold at most " + maxEvents + " events.");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(
                        "The tracking batch was rejected: " + errors.get(0).field() + " "
                                + errors.get(0).message() + ".",
                        errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
            }
            return events;
        }
    }

    /** What has been read of one event so far; reused from event to event. */
    private static final class Event {
        String id;
        TrackingEventType type;
        String timestamp;
        int dataStart;
        int dataEnd;
        int present;
        boolean content;
        boolean opValid;
        final List<String> unknownFields = new ArrayList<>(2);

        void reset() {
            id = null;
            type = null;
            timestamp = null;
            dataStart = -1;
            dataEnd = -1;
            present = 0;
            content = false;
            opValid = false;
            unknownFields.clear();
        }

        void unknown(String name) {
            if (!unknownFields.contains(name)) {
                unknownFields.add(name);
            }
        }
    }
}

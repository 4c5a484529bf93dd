package ai.smartsuccess.skillslab.assessment.service.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingBatchParser.ParsedEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored line of each event, read back, says what the client sent, stamped by the server; bad batches name why. */
class TrackingBatchParserTest {

    private static final String RECEIVED = "2026-05-01T08:00:01.500Z";
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final TrackingBatchParser parser = new TrackingBatchParser(2_097_152, 500, 262_144);

    @Test
    void each_event_becomes_one_line_with_its_data_as_sent() throws Exception {
        String body = """
                {"events": [
                  {"id": "e-1", "type": "code_snapshot", "timestamp": "2026-05-01T10:00:00+02:00",
                   "data": {"path": "main.py", "content": "print(\\"h\\u00e9llo\\")\\n\\tdone → ✓", "lines": [1, 2.5, -3e2],
                            "meta": {"nested": {"deep": [true, false, null]}}}},
                  {"data": {"focused": false}, "timestamp": "2026-05-01T08:00:00.120Z", "type": "focus_change",
                   "id": "e:2"},
                  {"id": "e-3", "type": "ai_prompt", "timestamp": "2026-05-01T08:00:00Z", "data": {"prompt": "hi"}}
                ]}
                """;
        List<ParsedEvent> events = parse(body);

        assertThat(events).extracting(ParsedEvent::id).containsExactly("e-1", "e:2", "e-3");
        assertThat(events.get(2).line())
                .as("a client copy of a server-recorded type gets no line")
                .isNull();
        JsonNode sent = mapper.readTree(body).path("events");
        for (int i = 0; i < 2; i++) {
            String line = new String(events.get(i).line(), StandardCharsets.UTF_8);
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
            JsonNode stored = mapper.readTree(line);
            assertThat(stored.path("id").asText())
                    .isEqualTo(sent.get(i).path("id").asText());
            assertThat(stored.path("type").asText())
                    .isEqualTo(sent.get(i).path("type").asText());
            assertThat(stored.path("receivedAt").asText()).isEqualTo(RECEIVED);
            assertThat(stored.path("source").asText()).isEqualTo(TrackingEvent.SOURCE_CLIENT);
            assertThat(stored.path("data")).isEqualTo(sent.get(i).path("data"));
            // The shape scoring-service reads.
            TrackingEvent event = mapper.readValue(line, TrackingEvent.class);
            assertThat(event.id()).isEqualTo(sent.get(i).path("id").asText());
        }
        assertThat(mapper.readTree(events.get(0).line()).path("timestamp").asText())
                .isEqualTo("2026-05-01T08:00:00Z");
        assertThat(mapper.readTree(events.get(1).line()).path("timestamp").asText())
                .isEqualTo("2026-05-01T08:00:00.120Z");
        assertThat(mapper.readTree(events.get(0).line())
                        .path("data")
                        .path("content")
                        .asText())
                .isEqualTo("print(\"héllo\")\n\tdone → ✓");
    }

    @Test
    void a_repeated_name_counts_as_its_last_value_as_in_any_json_object() {
        List<ParsedEvent> events = parse("""
                {"events": [{"id": "x", "id": "e-1", "type": "note", "timestamp": "2026-05-01T08:00:00Z",
                  "data": {"text": null, "text": "kept"}}]}""");
        assertThat(events).extracting(ParsedEvent::id).containsExactly("e-1");
        assertThatThrownBy(() -> parse("""
                        {"events": [{"id": "e-1", "type": "note", "timestamp": "2026-05-01T08:00:00Z",
                          "data": {"text": "gone", "text": null}}]}"""))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("events[0].data.text"));
    }

    @Test
    void a_bad_event_rejects_the_batch_naming_each_field_in_order() {
        String body = """
                {"events": [
                  {"id": "ok-1", "type": "note", "timestamp": "2026-05-01T08:00:00Z", "data": {"text": "x"}},
                  {"id": "-bad", "type": "keystroke", "timestamp": "yesterday", "data": [], "userId": "u"},
                  "not an event",
                  {"id": "s-1", "type": "code_snapshot", "timestamp": "2026-05-01T08:00:00Z", "data": {"path": "a"}},
                  {"id": "f-1", "type": "file_op", "timestamp": "2026-05-01T08:00:00Z", "data": {"op": "move"}},
                  {"id": "f-2", "type": "file_op", "timestamp": "2026-05-01T08:00:00Z", "data": {"op": 5, "path": 1}}
                ]}""";
        assertThatThrownBy(() -> parse(body))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The tracking batch was rejected: events[1].userId is not a known field")
                .satisfies(e -> assertThat(fields(e))
                        .containsExactly(
                                "events[1].userId",
                                "events[1].id",
                                "events[1].type",
                                "events[1].timestamp",
                                "events[1].data",
                                "events[2]",
                                "events[3].data.content",
                                "events[4].data.path",
                                "events[4].data.op",
                                "events[5].data.op"));
    }

    @Test
    void the_body_must_be_an_object_of_events_in_utf8_json() {
        assertThat(fieldsOf("")).containsExactly("events");
        assertThat(fieldsOf("[]")).containsExactly("events");
        assertThat(fieldsOf("{\"events\": [")).containsExactly("events");
        assertThat(fieldsOf("{\"events\": {}}")).containsExactly("events");
        assertThat(fieldsOf("{\"events\": [], \"sessionId\": 1}")).containsExactly("sessionId");
        assertThat(fieldsOf("{\"events\": [{\"id\": \"a\", \"data\": {\"text\": \"raw\nbreak\"}}]}"))
                .containsExactly("events");
        byte[] utf16 = "{\"events\": []}".getBytes(StandardCharsets.UTF_16BE);
        assertThatThrownBy(() -> parser.parse(utf16, RECEIVED, TrackingEvent.SOURCE_CLIENT, type -> true))
                .isInstanceOf(InvalidInputException.class);
        assertThat(parse("{\"events\": []}")).isEmpty();
    }

    @Test
    void batches_are_bounded_in_events_and_bytes() {
        TrackingBatchParser small = new TrackingBatchParser(200, 2, 262_144);
        String three = "{\"events\": [" + event("a") + "," + event("b") + "," + event("c") + "]}";
        assertThatThrownBy(() -> new TrackingBatchParser(4096, 2, 262_144)
                        .parse(bytes(three), RECEIVED, TrackingEvent.SOURCE_CLIENT, type -> true))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThatThrownBy(() -> small.parse(bytes(three), RECEIVED, TrackingEvent.SOURCE_CLIENT, type -> true))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void ids_are_letters_digits_and_a_few_separators() {
        assertThat(TrackingBatchParser.validId("a")).isTrue();
        assertThat(TrackingBatchParser.validId("0b-c_d.e:f")).isTrue();
        assertThat(TrackingBatchParser.validId("x".repeat(128))).isTrue();
        assertThat(TrackingBatchParser.validId("x".repeat(129))).isFalse();
        assertThat(TrackingBatchParser.validId("")).isFalse();
        assertThat(TrackingBatchParser.validId("_a")).isFalse();
        assertThat(TrackingBatchParser.validId("a b")).isFalse();
        assertThat(TrackingBatchParser.validId("a\"b")).isFalse();
        assertThat(TrackingBatchParser.validId("é")).isFalse();
    }

    private List<ParsedEvent> parse(String body) {
        return parser.parse(bytes(body), RECEIVED, TrackingEvent.SOURCE_CLIENT, type -> !type.serverRecorded());
    }

    private List<String> fieldsOf(String body) {
        try {
            parse(body);
        } catch (InvalidInputException e) {
            return fields(e);
        }
        throw new AssertionError("accepted: " + body);
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e)
                .errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    private static String event(String id) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + TrackingEventType.NOTE.wireName()
                + "\", \"timestamp\": \"2026-05-01T08:00:00Z\", \"data\": {\"text\": \"x\"}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

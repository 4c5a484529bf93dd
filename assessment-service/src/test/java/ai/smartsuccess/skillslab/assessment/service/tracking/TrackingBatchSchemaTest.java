package ai.smartsuccess.skillslab.assessment.service.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.rest.TrackingBatch;
import ai.smartsuccess.skillslab.assessment.rest.TrackingBatch.TrackedEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The tracking body the OpenAPI document describes ({@link TrackingBatch}, which the web app's types come from) is the
 * one the parser takes: an event with every described member is accepted, one without a member the schema marks
 * required is refused naming it, and the types and enums are the parser's.
 */
class TrackingBatchSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final TrackingBatchParser parser = new TrackingBatchParser(2_097_152, 500, 262_144);

    @Test
    void the_described_types_are_tracking_types_each_with_its_data_record() throws Exception {
        Set<String> described = Set.of(schema(TrackedEvent.class, "type").enumeration());
        assertThat(described)
                .isEqualTo(TrackingBatch.DATA.keySet().stream()
                        .map(TrackingEventType::wireName)
                        .collect(Collectors.toSet()));
        assertThat(Set.of(schema(TrackedEvent.class, "data").oneOf()))
                .isEqualTo(Set.copyOf(TrackingBatch.DATA.values()));
    }

    @Test
    void a_fully_described_event_is_accepted_and_each_required_member_is_required() throws Exception {
        for (Map.Entry<TrackingEventType, Class<? extends Record>> entry : TrackingBatch.DATA.entrySet()) {
            String type = entry.getKey().wireName();
            ObjectNode data = sample(entry.getValue());
            assertThat(parse(type, data)).as(type).hasSize(1);

            for (RecordComponent component : entry.getValue().getRecordComponents()) {
                ObjectNode without = data.deepCopy();
                without.remove(component.getName());
                if (required(component)) {
                    assertThatThrownBy(() -> parse(type, without))
                            .as(type + " without " + component.getName())
                            .isInstanceOfSatisfying(
                                    InvalidInputException.class,
                                    e -> assertThat(e.errors())
                                            .extracting(InvalidInputException.FieldError::field)
                                            .containsExactly("events[0].data." + component.getName()));
                } else {
                    assertThat(parse(type, without))
                            .as(type + " without " + component.getName())
                            .hasSize(1);
                }
            }
        }
    }

    @Test
    void a_value_outside_a_described_enum_that_the_parser_checks_is_refused() throws Exception {
        ObjectNode data = sample(TrackingBatch.FileOpData.class).put("op", "copy");
        assertThatThrownBy(() -> parse("file_op", data))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("events[0].data.op"));
    }

    /** Every member with a value of its type: the first value of an enum, else a placeholder. */
    private ObjectNode sample(Class<? extends Record> data) {
        ObjectNode node = mapper.createObjectNode();
        for (RecordComponent component : data.getRecordComponents()) {
            Schema schema = schemaOf(component);
            String name = component.getName();
            Class<?> type = component.getType();
            if (schema != null && schema.enumeration().length > 0) {
                node.put(name, schema.enumeration()[0]);
            } else if (type == Boolean.class) {
                node.put(name, true);
            } else if (type == Integer.class || type == Long.class) {
                node.put(name, 3);
            } else {
                node.put(name, "x");
            }
        }
        return node;
    }

    private static boolean required(RecordComponent component) {
        Schema schema = schemaOf(component);
        return schema != null && schema.required();
    }

    /** {@code @Schema} does not target record components: the compiler puts it on their accessors. */
    private static Schema schemaOf(RecordComponent component) {
        return component.getAccessor().getAnnotation(Schema.class);
    }

    private static Schema schema(Class<? extends Record> record, String component) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .findFirst()
                .map(TrackingBatchSchemaTest::schemaOf)
                .orElseThrow();
    }

    private List<TrackingBatchParser.ParsedEvent> parse(String type, ObjectNode data) throws Exception {
        ObjectNode event =
                mapper.createObjectNode().put("id", "e-1").put("type", type).put("timestamp", "2026-05-01T08:00:00Z");
        event.set("data", data);
        ObjectNode body = mapper.createObjectNode();
        body.putArray("events").add(event);
        return parser.parse(
                mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
                "2026-05-01T08:00:01Z",
                TrackingEvent.SOURCE_CLIENT,
                t -> true);
    }
}

package ai.smartsuccess.skillslab.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Events evolve by adding fields: every event record, and every record inside one, reads a JSON object that carries
 * fields it does not know, even with a mapper that fails on unknown properties (as Quarkus' own mapper is configured in
 * every service).
 */
class EventsTolerateUnknownFieldsTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENT_CLASSES = Path.of("target/classes/ai/smartsuccess/skillslab/contracts/events");

    @Test
    void every_event_reads_with_fields_added_to_it_and_to_every_record_inside_it() throws IOException {
        Set<Class<?>> extended = new HashSet<>();
        for (DomainEvent event : SampleEvents.all()) {
            JsonNode json = STRICT.valueToTree(event);
            addUnknownFields(event, json, extended);

            assertThat(STRICT.treeToValue(json, event.getClass()))
                    .as(event.type() + " with fields added by a newer producer")
                    .isEqualTo(event);
        }
        assertThat(extended).as("records the samples exercise").containsAll(recordsInEventsPackage());
    }

    /** Adds a field no record declares to the object of {@code value} and to every record object inside it. */
    private static void addUnknownFields(Object value, JsonNode json, Set<Class<?>> extended) {
        if (value == null || json == null || json.isNull()) {
            return;
        }
        if (value.getClass().isRecord()) {
            extended.add(value.getClass());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                addUnknownFields(read(component, value), json.get(component.getName()), extended);
            }
            ((ObjectNode) json)
                    .putObject("addedLater")
                    .put("by", "a newer producer")
                    .putArray("items")
                    .add(1);
        } else if (value instanceof Collection<?> items) {
            Iterator<JsonNode> nodes = json.elements();
            items.forEach(item -> addUnknownFields(item, nodes.next(), extended));
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> addUnknownFields(item, json.get(String.valueOf(key)), extended));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Class<?>> recordsInEventsPackage() throws IOException {
        try (Stream<Path> files = Files.list(EVENT_CLASSES)) {
            Set<Class<?>> records = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())))
                    .filter(Class::isRecord)
                    .collect(Collectors.toSet());
            assertThat(records).isNotEmpty();
            return records;
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(DomainEvent.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

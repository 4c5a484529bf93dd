package ai.smartsuccess.skillslab.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas under {@code src/main/resources/schemas} are generated from the event records. This test fails when
 * a record changed without its schema (run with {@code -Dschemas.update=true} to regenerate), and validates a real
 * instance of every event against its schema.
 */
class EventSchemasTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final Set<String> ENVELOPE = Set.of("eventId", "type", "schemaVersion", "occurredAt");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final SchemaGenerator generator = generator();

    @Test
    void committed_schemas_match_the_records_and_accept_real_events() throws IOException {
        for (DomainEvent event : SampleEvents.all()) {
            String name = event.getClass().getSimpleName();
            assertSchemaCurrent(name, event.getClass());
            assertValid(name, JSON.valueToTree(event));
        }
    }

    @Test
    void tracking_event_schema_matches_and_accepts_a_line() throws IOException {
        assertSchemaCurrent("TrackingEvent", TrackingEvent.class);
        TrackingEvent line = new TrackingEvent(
                UUID.randomUUID().toString(),
                TrackingEventType.CODE_SNAPSHOT,
                Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:01Z"),
                TrackingEvent.SOURCE_CLIENT,
                Map.of("path", "main.py", "content", "print('hi')"));
        JsonNode node = JSON.valueToTree(line);
        assertThat(node.get("type").asText()).isEqualTo("code_snapshot");
        assertValid("TrackingEvent", node);
    }

    @Test
    void every_event_carries_the_envelope_and_its_aggregate_key() {
        for (DomainEvent event : SampleEvents.all()) {
            JsonNode node = JSON.valueToTree(event);
            ENVELOPE.forEach(field -> assertThat(node.hasNonNull(field))
                    .as(event.type() + "." + field)
                    .isTrue());
            assertThat(node.get("type").asText()).isEqualTo(event.getClass().getSimpleName());
            assertThat(event.key()).isNotBlank();
        }
    }

    private void assertSchemaCurrent(String name, Class<?> type) throws IOException {
        String generated = JSON.writeValueAsString(generator.generateSchema(type)) + "\n";
        Path file = SCHEMAS.resolve(name + ".schema.json");
        if (Boolean.getBoolean("schemas.update")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated);
        }
        assertThat(file)
                .as("schema of " + name + " (regenerate with -Dschemas.update=true)")
                .exists();
        assertThat(Files.readString(file))
                .as("schema of " + name + " is out of date (-Dschemas.update=true)")
                .isEqualTo(generated);
    }

    private static void assertValid(String name, JsonNode instance) throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(name + ".schema.json")));
        Set<ValidationMessage> errors = schema.validate(instance);
        assertThat(errors).as(name + " instance against its schema").isEmpty();
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forTypesInGeneral().withStringFormatResolver(scope -> {
            Class<?> erased = scope.getType().getErasedType();
            if (erased == Instant.class) return "date-time";
            if (erased == UUID.class) return "uuid";
            return null;
        });
        config.forTypesInGeneral().withAdditionalPropertiesResolver(scope -> null);
        config.forFields()
                .withRequiredCheck(field -> ENVELOPE.contains(field.getName())
                        && DomainEvent.class.isAssignableFrom(
                                field.getDeclaringType().getErasedType()));
        config.forFields()
                .withNullableCheck(field -> !(ENVELOPE.contains(field.getName())
                        && DomainEvent.class.isAssignableFrom(
                                field.getDeclaringType().getErasedType())));
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> erased = type.getErasedType();
            if (erased == Instant.class || erased == UUID.class) {
                var node = context.getGeneratorConfig().createObjectNode().put("type", "string");
                node.put("format", erased == Instant.class ? "date-time" : "uuid");
                return new com.github.victools.jsonschema.generator.CustomDefinition(node);
            }
            return null;
        });
        return new SchemaGenerator(config.build());
    }
}

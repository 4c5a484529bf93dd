package ai.smartsuccess.skillslab.platform.messaging;

import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/**
 * What a channel reads, as its {@value #PROPERTY} property declares it: the event types it handles, each with the fields
 * the service relies on beyond the envelope, for example {@code InvitationCreated(recipientEmail accessUrl)
 * InvitationResent(recipientEmail accessUrl)}; nested fields with dots ({@code candidate.email}).
 *
 * <p>A type is the simple name of an event record in shared-contracts (its JSON discriminator); the schema version read
 * is that record's {@code SCHEMA_VERSION}, the one this service was built against. A declaration naming an unknown
 * type or a field the record does not have fails when the channel starts, not when the first event arrives.
 */
final class HandledEvents {

    /** The channel property (passed on to {@code Deserializer.configure}) that declares what the channel reads. */
    static final String PROPERTY = "handled-events";

    private static final Pattern DECLARATION = Pattern.compile("\\s*(\\w+)\\s*\\(([^)]*)\\)\\s*[,;]?");

    private HandledEvents() {}

    /** What this service needs of an event type to act on it. */
    record Readable(Class<? extends DomainEvent> type, int schemaVersion, List<String> fields) {}

    static Map<String, Readable> parse(String declaration) {
        if (declaration == null || declaration.isBlank()) {
            throw new ConfigException(PROPERTY, declaration, "names no event type: write Type(field field...) ...");
        }
        Map<String, Readable> handled = new LinkedHashMap<>();
        Matcher matcher = DECLARATION.matcher(declaration);
        int end = 0;
        while (matcher.lookingAt()) {
            String type = matcher.group(1);
            List<String> fields = Arrays.stream(matcher.group(2).trim().split("[\\s,]+"))
                    .filter(field -> !field.isEmpty())
                    .toList();
            if (handled.put(type, readable(type, fields, declaration)) != null) {
                throw new ConfigException(PROPERTY, declaration, type + " is declared twice");
            }
            end = matcher.end();
            matcher.region(end, declaration.length());
        }
        if (end != declaration.length() || handled.isEmpty()) {
            throw new ConfigException(
                    PROPERTY, declaration, "cannot be read after \"" + declaration.substring(0, end) + "\"");
        }
        return Map.copyOf(handled);
    }

    private static Readable readable(String type, List<String> fields, String declaration) {
        Class<? extends DomainEvent> record = eventRecord(type, declaration);
        Set<String> components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (String field : fields) {
            if (!components.contains(field.split("\\.", 2)[0])) {
                throw new ConfigException(PROPERTY, declaration, type + " has no field " + field);
            }
        }
        return new Readable(record, schemaVersion(record, declaration), fields);
    }

    private static Class<? extends DomainEvent> eventRecord(String type, String declaration) {
        try {
            Class<?> found = Class.forName(DomainEvent.class.getPackageName() + "." + type);
            if (found.isRecord() && DomainEvent.class.isAssignableFrom(found)) {
                return found.asSubclass(DomainEvent.class);
            }
        } catch (ClassNotFoundException e) {
            // reported below, with the declaration
        }
        throw new ConfigException(PROPERTY, declaration, type + " is not an event of shared-contracts");
    }

    private static int schemaVersion(Class<?> record, String declaration) {
        try {
            Field version = record.getField("SCHEMA_VERSION");
            if (Modifier.isStatic(version.getModifiers()) && version.getType() == int.class) {
                return version.getInt(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // reported below, with the declaration
        }
        throw new ConfigException(PROPERTY, declaration, record.getSimpleName() + " declares no SCHEMA_VERSION");
    }
}

package ai.smartsuccess.skillslab.platform.persistence;

import jakarta.persistence.AttributeConverter;

/**
 * Maps a {@link WireValue} enum to its name in a text column. A service declares one per enum, as a class of its own
 * that JPA can find and name in {@code @Convert}:
 *
 * <pre>
 * &#64;Converter
 * public static class DbConverter extends WireValueConverter&lt;TaskStatus&gt; {
 *     public DbConverter() {
 *         super(TaskStatus.class);
 *     }
 * }
 * </pre>
 */
public abstract class WireValueConverter<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireValueConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E constant) {
        return constant == null ? null : constant.value();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : WireValue.of(type, value);
    }
}

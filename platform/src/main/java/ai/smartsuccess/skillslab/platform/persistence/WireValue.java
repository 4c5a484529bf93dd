package ai.smartsuccess.skillslab.platform.persistence;

import java.util.Arrays;
import java.util.List;

/**
 * An enum (a status, typically) that is stored and sent under a lower-case name of its own, not under its Java name:
 * the name is the contract with the database's check constraints and the API's clients, and a constant can be renamed
 * without breaking either. Columns of such an enum are mapped by a {@link WireValueConverter}.
 */
public interface WireValue {

    /** The name in the database and in the API. */
    String value();

    /** The constant of {@code type} named {@code value}; an unknown name is a bug or a tampered row, not a default. */
    static <E extends Enum<E> & WireValue> E of(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + value);
    }

    /** The names of all of {@code type}'s constants, in their declared order. */
    static <E extends Enum<E> & WireValue> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::value).toList();
    }
}

package ai.smartsuccess.skillslab.task.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Where a task is in its life: a draft only its creator sees, then published. There is no way back to draft. */
public enum TaskStatus {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    /** The name in the API and in the {@code status} column. */
    public String value() {
        return value;
    }

    public static TaskStatus of(String value) {
        return Arrays.stream(values())
                .filter(status -> status.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown task status " + value));
    }

    /** Stores the lower-case name, as the column's check constraint expects. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<TaskStatus, String> {

        @Override
        public String convertToDatabaseColumn(TaskStatus status) {
            return status == null ? null : status.value;
        }

        @Override
        public TaskStatus convertToEntityAttribute(String value) {
            return value == null ? null : of(value);
        }
    }
}

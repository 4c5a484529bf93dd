package ai.smartsuccess.skillslab.task.model;

import ai.smartsuccess.skillslab.platform.persistence.WireValue;
import ai.smartsuccess.skillslab.platform.persistence.WireValueConverter;
import jakarta.persistence.Converter;

/** Where a task is in its life: a draft only its creator sees, then published. There is no way back to draft. */
public enum TaskStatus implements WireValue {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String value;

    TaskStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    /** Stores the lower-case name, as the column's check constraint expects. */
    @Converter
    public static class DbConverter extends WireValueConverter<TaskStatus> {
        public DbConverter() {
            super(TaskStatus.class);
        }
    }
}

package ai.smartsuccess.skillslab.scoring.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * running → finished (every selected assessment was tried) | interrupted (its instance stopped before that: shut down,
 * or no heartbeat for longer than the stale limit). Finished and interrupted are final.
 */
public enum RescoreJobStatus {
    RUNNING("running"),
    FINISHED("finished"),
    INTERRUPTED("interrupted");

    private final String value;

    RescoreJobStatus(String value) {
        this.value = value;
    }

    /** The name in the database and in the API. */
    public String value() {
        return value;
    }

    public boolean canMoveTo(RescoreJobStatus next) {
        return this == RUNNING && next != RUNNING;
    }

    public static RescoreJobStatus of(String value) {
        for (RescoreJobStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown re-score job status " + value);
    }

    @Converter
    public static class DbConverter implements AttributeConverter<RescoreJobStatus, String> {
        @Override
        public String convertToDatabaseColumn(RescoreJobStatus status) {
            return status == null ? null : status.value;
        }

        @Override
        public RescoreJobStatus convertToEntityAttribute(String value) {
            return value == null ? null : of(value);
        }
    }
}

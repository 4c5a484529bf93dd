package ai.smartsuccess.skillslab.scoring.model;

import ai.smartsuccess.skillslab.platform.persistence.WireValue;
import ai.smartsuccess.skillslab.platform.persistence.WireValueConverter;
import jakarta.persistence.Converter;

/**
 * running → finished (every selected assessment was tried) | interrupted (its instance stopped before that: shut down,
 * or no heartbeat for longer than the stale limit). Finished and interrupted are final.
 */
public enum RescoreJobStatus implements WireValue {
    RUNNING("running"),
    FINISHED("finished"),
    INTERRUPTED("interrupted");

    private final String value;

    RescoreJobStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public boolean canMoveTo(RescoreJobStatus next) {
        return this == RUNNING && next != RUNNING;
    }

    @Converter
    public static class DbConverter extends WireValueConverter<RescoreJobStatus> {
        public DbConverter() {
            super(RescoreJobStatus.class);
        }
    }
}

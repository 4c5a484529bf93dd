package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.platform.persistence.WireValue;
import ai.smartsuccess.skillslab.platform.persistence.WireValueConverter;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * pending → in_progress → submitted → scoring → scored | failed. Also: pending → abandoned (the candidate gave up an
 * attempt they had not started); pending | in_progress → failed (the session ended without a submission); submitted →
 * scored | failed (the score arrived before scoring was marked); scored → scored and failed → scored | failed (a
 * re-score). Abandoned is final. The transitions themselves are methods of {@link Assessment}.
 */
public enum AssessmentStatus implements WireValue {
    PENDING("pending"),
    IN_PROGRESS("in_progress"),
    SUBMITTED("submitted"),
    SCORING("scoring"),
    SCORED("scored"),
    FAILED("failed"),
    ABANDONED("abandoned");

    /** The names in the database and in the API, in the order of the lifecycle. */
    public static final List<String> ALL = WireValue.all(AssessmentStatus.class);

    /** An attempt the candidate can still work on: a new one of the same task waits until it is finished. */
    public static final List<AssessmentStatus> UNFINISHED = List.of(PENDING, IN_PROGRESS);

    private final String value;

    AssessmentStatus(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The same name, so that a status written into a message reads as it does in the API. */
    @Override
    public String toString() {
        return value;
    }

    public static boolean isKnown(String value) {
        return ALL.contains(value);
    }

    public static AssessmentStatus of(String value) {
        return WireValue.of(AssessmentStatus.class, value);
    }

    @Converter
    public static class DbConverter extends WireValueConverter<AssessmentStatus> {
        public DbConverter() {
            super(AssessmentStatus.class);
        }
    }
}

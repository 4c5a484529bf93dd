package ai.smartsuccess.skillslab.assessment.model;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Where a candidate stands in the business's own hiring process. A business may move a candidate between any two
 * stages (a rejection can be reconsidered); every move is kept in the review's history.
 */
public enum ReviewStage {
    NEW("new"),
    SHORTLISTED("shortlisted"),
    INTERVIEW("interview"),
    REJECTED("rejected"),
    HIRED("hired");

    /** The names in the database and in the API. */
    public static final List<String> ALL =
            Arrays.stream(values()).map(ReviewStage::value).toList();

    private final String value;

    ReviewStage(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    /** The stage of this name, or null for an unknown one. */
    public static ReviewStage ofOrNull(String value) {
        for (ReviewStage stage : values()) {
            if (stage.value.equals(value)) {
                return stage;
            }
        }
        return null;
    }

    @Converter
    public static class DbConverter implements AttributeConverter<ReviewStage, String> {
        @Override
        public String convertToDatabaseColumn(ReviewStage stage) {
            return stage == null ? null : stage.value;
        }

        @Override
        public ReviewStage convertToEntityAttribute(String value) {
            if (value == null) {
                return null;
            }
            ReviewStage stage = ofOrNull(value);
            if (stage == null) {
                throw new IllegalArgumentException("unknown review stage " + value);
            }
            return stage;
        }
    }
}

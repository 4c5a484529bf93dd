package ai.smartsuccess.skillslab.assessment.model;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * sent → accepted → completed; sent → expired | cancelled; accepted → cancelled (its recipient deleted their account
 * before making an attempt of it). Completed, expired and cancelled are final. The transitions themselves are methods of
 * {@link Invitation}.
 */
public enum InvitationStatus {
    SENT("sent"),
    ACCEPTED("accepted"),
    COMPLETED("completed"),
    EXPIRED("expired"),
    CANCELLED("cancelled");

    /** The names in the database and in the API. */
    public static final List<String> ALL =
            Arrays.stream(values()).map(InvitationStatus::value).toList();

    private final String value;

    InvitationStatus(String value) {
        this.value = value;
    }

    /** The name in the database and in the API. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The same name, so that a status written into a message reads as it does in the API. */
    @Override
    public String toString() {
        return value;
    }

    public static InvitationStatus of(String value) {
        for (InvitationStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown invitation status " + value);
    }

    @Converter
    public static class DbConverter implements AttributeConverter<InvitationStatus, String> {
        @Override
        public String convertToDatabaseColumn(InvitationStatus status) {
            return status == null ? null : status.value;
        }

        @Override
        public InvitationStatus convertToEntityAttribute(String value) {
            return value == null ? null : of(value);
        }
    }
}

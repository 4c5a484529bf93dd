package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.platform.persistence.WireValue;
import ai.smartsuccess.skillslab.platform.persistence.WireValueConverter;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * sent → accepted → completed; sent → expired | cancelled; accepted → cancelled (its recipient deleted their account
 * before making an attempt of it). Completed, expired and cancelled are final. The transitions themselves are methods of
 * {@link Invitation}.
 */
public enum InvitationStatus implements WireValue {
    SENT("sent"),
    ACCEPTED("accepted"),
    COMPLETED("completed"),
    EXPIRED("expired"),
    CANCELLED("cancelled");

    /** The names in the database and in the API. */
    public static final List<String> ALL = WireValue.all(InvitationStatus.class);

    private final String value;

    InvitationStatus(String value) {
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

    public static InvitationStatus of(String value) {
        return WireValue.of(InvitationStatus.class, value);
    }

    @Converter
    public static class DbConverter extends WireValueConverter<InvitationStatus> {
        public DbConverter() {
            super(InvitationStatus.class);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.service;

import java.util.Map;

/** The request is valid but the resource is not in a state that allows it (already submitted, deadline passed...). */
public class ConflictException extends RuntimeException {

    private final String kind;
    private final Map<String, Object> extensions;

    /** @param kind stable problem type suffix, for example {@code deadline-passed} */
    public ConflictException(String kind, String message) {
        this(kind, message, Map.of());
    }

    /** @param extensions extra members of the problem answer, telling the client what to do instead */
    public ConflictException(String kind, String message, Map<String, Object> extensions) {
        super(message);
        this.kind = kind;
        this.extensions = Map.copyOf(extensions);
    }

    public String kind() {
        return kind;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}

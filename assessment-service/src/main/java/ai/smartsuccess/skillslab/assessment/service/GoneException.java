package ai.smartsuccess.skillslab.assessment.service;

/** The resource existed but can no longer be used (an expired or cancelled invitation). Answered 410. */
public class GoneException extends RuntimeException {

    private final String kind;

    public GoneException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}

package ai.smartsuccess.skillslab.scoring.service;

import java.util.Map;

/** The request clashes with work already under way. */
public class ConflictException extends RuntimeException {

    private final String kind;
    private final Map<String, Object> details;

    public ConflictException(String kind, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.details = Map.copyOf(details);
    }

    /** A stable name of the conflict, e.g. {@code rescore-running}. */
    public String kind() {
        return kind;
    }

    /** Members a client can act on (e.g. the id of the job that is running), added to the problem. */
    public Map<String, Object> details() {
        return details;
    }
}

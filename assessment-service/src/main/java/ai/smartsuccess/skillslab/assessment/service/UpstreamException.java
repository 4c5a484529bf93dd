package ai.smartsuccess.skillslab.assessment.service;

/**
 * Another system (task-service, the sandbox, an AI provider) failed or did not answer in time. The message is safe to
 * show: it never carries the upstream's body, a key or a URL with credentials.
 */
public class UpstreamException extends RuntimeException {

    private final String kind;
    private final boolean timeout;

    public UpstreamException(String kind, String message, boolean timeout) {
        super(message);
        this.kind = kind;
        this.timeout = timeout;
    }

    public UpstreamException(String kind, String message) {
        this(kind, message, false);
    }

    public String kind() {
        return kind;
    }

    /** 504 when true, 502 otherwise. */
    public boolean timeout() {
        return timeout;
    }
}

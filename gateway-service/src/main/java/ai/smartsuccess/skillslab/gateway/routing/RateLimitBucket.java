package ai.smartsuccess.skillslab.gateway.routing;

import java.util.regex.Pattern;

/** The rate-limit budget a request draws from. */
public enum RateLimitBucket {
    GENERAL,
    AI,
    WORKSPACE,
    /** Tracking batches are bounded by assessment-service itself (batch and body size, per-session budget). */
    UNLIMITED;

    private static final Pattern WORKSPACE_PATH = Pattern.compile("^/api/assessments/[^/]+/(files(/.*)?|run(/stop)?)$");
    private static final Pattern TRACK_PATH = Pattern.compile("^/api/assessments/[^/]+/track$");

    public static RateLimitBucket of(String path) {
        // Reading what is left of the AI limits costs no model call: the chat panel reads it after every answer, and it
        // must not halve the candidate's AI requests.
        if (path.equals("/api/ai/budget")) {
            return GENERAL;
        }
        if (path.startsWith("/api/ai/")) {
            return AI;
        }
        if (TRACK_PATH.matcher(path).matches()) {
            return UNLIMITED;
        }
        if (WORKSPACE_PATH.matcher(path).matches()) {
            return WORKSPACE;
        }
        return GENERAL;
    }
}

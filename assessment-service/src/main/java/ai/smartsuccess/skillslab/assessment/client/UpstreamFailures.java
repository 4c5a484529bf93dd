package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What a caller answers when a service this one calls failed: the callee could not be reached (after the retries), did
 * not answer in time, answered with an error, or its circuit is open and it was not called at all. Each client names
 * the problem type of its callee; a timeout is a 504, anything else a 502.
 */
final class UpstreamFailures {

    private UpstreamFailures() {}

    static UpstreamException of(String type, String message, Throwable failure) {
        return new UpstreamException(type, message, timedOut(failure));
    }

    /** The fault-tolerance timeout, or the REST client's own read timeout. */
    static boolean timedOut(Throwable failure) {
        return failure instanceof TimeoutException
                || (failure instanceof ProcessingException
                        && failure.getCause() instanceof java.util.concurrent.TimeoutException);
    }
}

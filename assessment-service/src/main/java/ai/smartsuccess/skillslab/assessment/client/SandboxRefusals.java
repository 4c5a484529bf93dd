package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.platform.error.CapacityException;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The sandbox's limits, read from its problem+json answer: a person's 429 and the platform's 503. */
final class SandboxRefusals {

    private static final long DEFAULT_RETRY_SECONDS = 30;

    private SandboxRefusals() {}

    /** The refusal the failure is, or the failure itself. */
    static Throwable orFailure(Throwable failure) {
        return of(failure).<Throwable>map(refusal -> refusal).orElse(failure);
    }

    static Optional<RuntimeException> of(Throwable failure) {
        if (!(failure instanceof WebApplicationException web)) {
            return Optional.empty();
        }
        Response response = web.getResponse();
        int status = response.getStatus();
        if (status != 429 && status != 503) {
            return Optional.empty();
        }
        JsonObject problem = problem(response);
        String type = problem.getString("type", "");
        String kind = type.isEmpty()
                ? (status == 429 ? "too-many-sandboxes" : "sandbox-capacity")
                : type.substring(type.lastIndexOf('/') + 1);
        String detail = problem.getString(
                "detail",
                status == 429
                        ? "You have as many sandboxes running as you may; submit or finish one first."
                        : "The platform is at capacity; try again in a moment.");
        long retryAfter = retryAfter(response.getHeaderString("Retry-After"));
        return Optional.of(
                status == 429
                        ? new TooManyRequestsException(kind, detail, retryAfter)
                        : new CapacityException(kind, detail, retryAfter));
    }

    private static JsonObject problem(Response response) {
        try {
            response.bufferEntity();
            return new JsonObject(response.readEntity(String.class));
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? DEFAULT_RETRY_SECONDS : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_SECONDS;
        }
    }
}

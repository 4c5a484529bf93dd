package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.service.ConflictException;
import ai.smartsuccess.skillslab.sandbox.service.InvalidInputException;
import ai.smartsuccess.skillslab.sandbox.service.LimitExceededException;
import ai.smartsuccess.skillslab.sandbox.service.NotFoundException;
import ai.smartsuccess.skillslab.sandbox.service.PayloadTooLargeException;
import ai.smartsuccess.skillslab.sandbox.service.UnsupportedContentException;
import ai.smartsuccess.skillslab.sandbox.service.UpstreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of this service as RFC 9457 problem+json with a stable {@code type}. Unexpected failures are logged with
 * an id that the answer repeats; their details never reach the client.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);
    private static final String TYPE_BASE = "https://skillslab.dev/problems/";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(404, "not-found", "Not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(409, "conflict", "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e) {
        return problem(413, "too-large", "Too large", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notText(UnsupportedContentException e) {
        return problem(415, "not-text", "Not a text file", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response upstream(UpstreamException e) {
        LOG.warnf("upstream failure: %s", e.getMessage());
        return problem(502, "upstream", "Bad gateway", "A service this one depends on failed. Try again later.", null);
    }

    @ServerExceptionMapper
    public Response unavailable(SandboxUnavailableException e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "sandbox unavailable, incident %s", incident);
        return problem(
                503,
                "sandbox-unavailable",
                "Sandbox unavailable",
                "The sandbox could not do this right now. Incident " + incident + ".",
                null);
    }

    @ServerExceptionMapper
    public Response limited(LimitExceededException e) {
        Response problem = problem(
                e.status(),
                e.code(),
                e.status() == 503 ? "Sandbox capacity reached" : "Limit reached",
                e.getMessage(),
                Map.of("limit", e.limit()));
        return Response.fromResponse(problem)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return problem(403, "forbidden", "Forbidden", "Your account may not do this.", null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return problem(
                401, "unauthorized", "Unauthorized", "Sign in to continue: a valid access token is required.", null);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return problem(
                400,
                "validation",
                "Invalid request",
                e.getMessage(),
                fieldErrors(e.errors().stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList()));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        return problem(400, "validation", "Invalid request", "Some fields are invalid.", fieldErrors(errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(
                400,
                "unknown-field",
                "Unknown field",
                "Unknown field '" + e.getPropertyName() + "'.",
                fieldErrors(List.of(Map.of("field", path(e), "message", "is not a known field"))));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        return problem(
                400,
                "malformed-body",
                "Malformed request body",
                "A field has the wrong type or format.",
                fieldErrors(List.of(Map.of("field", path(e), "message", "has the wrong type or format"))));
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e) {
        return problem(400, "malformed-body", "Malformed request body", "The request body is not valid JSON.", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Request refused";
        String detail = status == 404 ? "No such resource." : title + ".";
        return problem(status, "http-" + status, title, detail, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return problem(
                500,
                "internal",
                "Internal error",
                "Something went wrong on our side. Incident " + incident + ".",
                null);
    }

    private static Map<String, Object> fieldErrors(List<Map<String, String>> errors) {
        return Map.of("errors", errors);
    }

    private static Response problem(int status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (extra != null) {
            body.putAll(extra);
        }
        return Response.status(status)
                .type("application/problem+json")
                .entity(body)
                .build();
    }

    private static String path(JsonMappingException e) {
        String joined = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return joined.replace(".[", "[");
    }

    /** "create.request.title" from bean validation becomes "title". */
    private static String leaf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }
}

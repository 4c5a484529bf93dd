package ai.smartsuccess.skillslab.task.rest;

import ai.smartsuccess.skillslab.task.service.ConflictException;
import ai.smartsuccess.skillslab.task.service.FileRejectedException;
import ai.smartsuccess.skillslab.task.service.ForbiddenException;
import ai.smartsuccess.skillslab.task.service.InvalidInputException;
import ai.smartsuccess.skillslab.task.service.NotFoundException;
import ai.smartsuccess.skillslab.task.service.NotPublishableException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
    public Response notPublishable(NotPublishableException e) {
        return problem(
                409,
                "task-incomplete",
                "Task incomplete",
                e.getMessage(),
                fieldErrors(e.errors().stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList()));
    }

    @ServerExceptionMapper
    public Response fileRejected(FileRejectedException e) {
        boolean tooLarge = e.reason() == FileRejectedException.Reason.TOO_LARGE;
        return problem(
                tooLarge ? 413 : 415,
                tooLarge ? "file-too-large" : "unsupported-file-type",
                tooLarge ? "File too large" : "Unsupported file type",
                e.getMessage(),
                fieldErrors(List.of(Map.of("field", e.field(), "message", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "forbidden", "Forbidden", e.getMessage(), null);
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

    /** Declared for the subtype too, so that it wins over the framework's own mapper of that type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
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
    public Response notJson(JsonParseException e) {
        return unparsable((JsonProcessingException) e);
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

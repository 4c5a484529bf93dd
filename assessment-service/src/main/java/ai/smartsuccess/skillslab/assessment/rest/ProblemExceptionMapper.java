package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.AccessDeniedException;
import ai.smartsuccess.skillslab.assessment.service.ConflictException;
import ai.smartsuccess.skillslab.assessment.service.GoneException;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException;
import ai.smartsuccess.skillslab.assessment.service.NotFoundException;
import ai.smartsuccess.skillslab.assessment.service.PayloadTooLargeException;
import ai.smartsuccess.skillslab.assessment.service.RetryLaterException;
import ai.smartsuccess.skillslab.assessment.service.UpstreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
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
    static final String TYPE_BASE = "https://skillslab.dev/problems/";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(404, "not-found", "Not found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(409, e.kind(), "Conflict", e.getMessage(), e.extensions());
    }

    @ServerExceptionMapper
    public Response gone(GoneException e) {
        return problem(410, e.kind(), "Gone", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response denied(AccessDeniedException e) {
        return problem(403, e.kind(), "Forbidden", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e) {
        return problem(413, "payload-too-large", "Payload too large", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e) {
        Response response = problem(e.status(), e.kind(), e.title(), e.getMessage(), null);
        return Response.fromResponse(response)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response upstream(UpstreamException e) {
        int status = e.timeout() ? 504 : 502;
        return problem(status, e.kind(), e.timeout() ? "Upstream timeout" : "Upstream failure", e.getMessage(), null);
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

    /** A value of the wrong type ("allowRetakes": "sometimes"): named like any other field error, not Quarkus's way. */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response mismatched(JsonMappingException e) {
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
    public Response unparsable(JsonProcessingException e) {
        return problem(400, "malformed-body", "Malformed request body", "The request body is not valid JSON.", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String detail =
                status == 404 ? "No such resource." : status == 413 ? "The request body is too large." : title + ".";
        return problem(status, status == 413 ? "payload-too-large" : "http-" + status, title, detail, null);
    }

    /** The same answers for code outside JAX-RS (the chat stream route). */
    Response respond(Throwable e) {
        if (e instanceof NotFoundException notFound) {
            return notFound(notFound);
        }
        if (e instanceof ConflictException conflict) {
            return conflict(conflict);
        }
        if (e instanceof InvalidInputException invalid) {
            return invalid(invalid);
        }
        if (e instanceof GoneException gone) {
            return gone(gone);
        }
        if (e instanceof AccessDeniedException denied) {
            return denied(denied);
        }
        if (e instanceof PayloadTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (e instanceof RetryLaterException later) {
            return retryLater(later);
        }
        if (e instanceof UpstreamException upstream) {
            return upstream(upstream);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof JsonMappingException mapping) {
            return unreadable(mapping);
        }
        if (e instanceof JsonProcessingException parsing) {
            return unparsable(parsing);
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return unauthorized((RuntimeException) e);
        }
        return unexpected(e);
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

    static Response problem(int status, String type, String title, String detail, Map<String, Object> extra) {
        return Response.status(status)
                .type("application/problem+json")
                .entity(body(status, type, title, detail, extra))
                .build();
    }

    static Map<String, Object> body(int status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (extra != null) {
            // Extension members never replace the standard ones.
            extra.forEach(body::putIfAbsent);
        }
        return body;
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

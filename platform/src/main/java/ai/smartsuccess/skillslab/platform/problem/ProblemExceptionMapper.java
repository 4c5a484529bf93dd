package ai.smartsuccess.skillslab.platform.problem;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import com.fasterxml.jackson.core.JsonParseException;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of a service as RFC 9457 problem+json with a stable {@code type}: the services' own errors
 * ({@link ApiException}), bean validation, unreadable bodies, security refusals and the framework's HTTP errors.
 * Unexpected failures are logged with an id that the answer repeats; their details never reach the client. Found by
 * every service through this module's bean archive.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        ProblemKind kind = e.problemKind();
        String detail = e.detail();
        if (kind.publicDetail() != null) {
            if (kind.incident()) {
                String incident = UUID.randomUUID().toString();
                LOG.errorf(e, "%s, incident %s", kind.title().toLowerCase(java.util.Locale.ROOT), incident);
                detail = kind.publicDetail() + " Incident " + incident + ".";
            } else {
                LOG.warnf("%s: %s", kind.title().toLowerCase(java.util.Locale.ROOT), e.getMessage());
                detail = kind.publicDetail();
            }
        }
        return Problems.response(kind.status(), e.kind(), kind.title(), detail, e.extensions(), e.headers());
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return problem(ProblemKind.FORBIDDEN, "Your account may not do this.", null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return problem(ProblemKind.UNAUTHORIZED, "Sign in to continue: a valid access token is required.", null);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Problems.fieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(error -> error.get("field")))
                .toList();
        return problem(ProblemKind.VALIDATION, "Some fields are invalid.", Problems.fieldErrors(errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(
                ProblemKind.UNKNOWN_FIELD,
                "Unknown field '" + e.getPropertyName() + "'.",
                Problems.fieldErrors(List.of(Problems.fieldError(path(e), "is not a known field"))));
    }

    /**
     * A value of the wrong type or format ({"taskId": "not-a-uuid"}): declared for the subtypes, so that it wins over
     * the framework's own mapper of those types, which answers in plain JSON without naming the field.
     */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response mismatched(JsonMappingException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        return problem(
                ProblemKind.MALFORMED_BODY,
                "A field has the wrong type or format.",
                Problems.fieldErrors(List.of(Problems.fieldError(path(e), "has the wrong type or format"))));
    }

    /** Declared for the subtype too, so that it wins over any mapper of that type. */
    @ServerExceptionMapper
    public Response notJson(JsonParseException e) {
        return unparsable(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e) {
        return problem(ProblemKind.MALFORMED_BODY, "The request body is not valid JSON.", null);
    }

    /** The framework's own refusals (no such path, method not allowed, body over the size limit...). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        if (status == 413) {
            return Problems.response(
                    status,
                    ProblemKind.PAYLOAD_TOO_LARGE.type(),
                    title,
                    "The request body is too large.",
                    null,
                    Map.of());
        }
        String detail = status == 404 ? "No such resource." : title + ".";
        return Problems.response(status, "http-" + status, title, detail, null, Map.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return problem(ProblemKind.INTERNAL, ProblemKind.INTERNAL.publicDetail() + " Incident " + incident + ".", null);
    }

    /** The same answers for code outside JAX-RS (a plain Vert.x route). */
    public Response respond(Throwable e) {
        if (e instanceof ApiException api) {
            return api(api);
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

    private static Response problem(ProblemKind kind, String detail, Map<String, Object> extensions) {
        return Problems.response(kind.status(), kind.type(), kind.title(), detail, extensions, Map.of());
    }

    /** The JSON path of the offending value: {@code files[2].path}. */
    private static String path(JsonMappingException e) {
        String joined = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return joined.replace(".[", "[");
    }

    /** "create.request.title" from bean validation becomes "title". */
    private static String leaf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }
}

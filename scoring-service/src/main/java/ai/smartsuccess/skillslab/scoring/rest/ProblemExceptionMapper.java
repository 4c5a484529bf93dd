package ai.smartsuccess.skillslab.scoring.rest;

import ai.smartsuccess.skillslab.scoring.service.ConflictException;
import ai.smartsuccess.skillslab.scoring.service.InvalidRequestException;
import ai.smartsuccess.skillslab.scoring.service.NotFoundException;
import ai.smartsuccess.skillslab.scoring.service.ScoringRejectedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
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
    public Response invalid(InvalidRequestException e) {
        return problem(
                400,
                "invalid-request",
                "Invalid request",
                "'" + e.field() + "' " + e.getMessage() + ".",
                fieldErrors(List.of(Map.of("field", e.field(), "message", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(409, e.kind(), "Conflict", e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response scoringFailed(ScoringRejectedException e) {
        return problem(503, "scoring-failed", "Scoring failed", e.getMessage(), null);
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
    public Response unknownField(UnrecognizedPropertyException e) {
        return problem(
                400,
                "unknown-field",
                "Unknown field",
                "Unknown field '" + e.getPropertyName() + "'.",
                fieldErrors(List.of(Map.of("field", path(e), "message", "is not a known field"))));
    }

    /**
     * A value of the wrong type or format ({"taskId": "not-a-uuid"}): declared for the subtype, so that it wins over the
     * framework's own mapper of that type, which answers in plain JSON without naming the field.
     */
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
}

package ai.smartsuccess.skillslab.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.AccessDeniedException;
import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.CapacityException;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.ForbiddenException;
import ai.smartsuccess.skillslab.platform.error.GoneException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.error.UnsupportedContentException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemExceptionMapperTest {

    private static final String BASE = "https://skillslab.dev/problems/";

    private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new NotFoundException("No such task."), 404, "not-found", "Not found", "No such task."),
                Arguments.of(
                        new ConflictException("Already published."), 409, "conflict", "Conflict", "Already published."),
                Arguments.of(
                        new ConflictException("deadline-passed", "The deadline has passed."),
                        409,
                        "deadline-passed",
                        "Conflict",
                        "The deadline has passed."),
                Arguments.of(
                        new GoneException("invitation-expired", "Expired."),
                        410,
                        "invitation-expired",
                        "Gone",
                        "Expired."),
                Arguments.of(new ForbiddenException("Not yours."), 403, "forbidden", "Forbidden", "Not yours."),
                Arguments.of(
                        new AccessDeniedException("invitation-for-someone-else", "Not for you."),
                        403,
                        "invitation-for-someone-else",
                        "Forbidden",
                        "Not for you."),
                Arguments.of(
                        new PayloadTooLargeException("At most 2 MiB."),
                        413,
                        "payload-too-large",
                        "Payload too large",
                        "At most 2 MiB."),
                Arguments.of(
                        new PayloadTooLargeException(ProblemKind.TOO_LARGE, "The file is too large."),
                        413,
                        "too-large",
                        "Too large",
                        "The file is too large."),
                Arguments.of(new UnsupportedContentException("Binary."), 415, "not-text", "Not a text file", "Binary."),
                Arguments.of(
                        new UpstreamException("ai-provider-failed", "The provider failed."),
                        502,
                        "ai-provider-failed",
                        "Upstream failure",
                        "The provider failed."),
                Arguments.of(
                        new UpstreamException("ai-provider-timeout", "The provider did not answer.", true),
                        504,
                        "ai-provider-timeout",
                        "Upstream timeout",
                        "The provider did not answer."));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void each_error_answers_with_its_kind(ApiException e, int status, String type, String title, String detail) {
        Response response = mapper.api(e);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        assertThat(body(response))
                .containsExactly(
                        Map.entry("type", BASE + type),
                        Map.entry("title", title),
                        Map.entry("status", status),
                        Map.entry("detail", detail));
    }

    @Test
    void a_refusal_for_now_says_when_to_retry() {
        Response limited = mapper.api(new TooManyRequestsException("ai-rate-limited", "Slow down.", 0));
        Response full = mapper.api(new CapacityException("sandbox-capacity", "Full.", 30));

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(body(limited)).containsEntry("title", "Too many requests");
        assertThat(full.getStatus()).isEqualTo(503);
        assertThat(full.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(body(full))
                .containsEntry("title", "Service unavailable")
                .containsEntry("type", BASE + "sandbox-capacity");
    }

    @Test
    void invalid_input_names_each_field() {
        Response response = mapper.api(new InvalidInputException(
                "The task is invalid",
                List.of(
                        new InvalidInputException.FieldError("title", "is required"),
                        new InvalidInputException.FieldError("timeLimit", "must be positive"))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response))
                .containsEntry("type", BASE + "validation")
                .containsEntry("title", "Invalid request")
                .containsEntry("detail", "The task is invalid")
                .containsEntry(
                        "errors",
                        List.of(
                                Map.of("field", "title", "message", "is required"),
                                Map.of("field", "timeLimit", "message", "must be positive")));
    }

    @Test
    void one_invalid_field_may_be_quoted_in_the_detail() {
        assertThat(body(mapper.api(new InvalidInputException("taskId", "is required"))))
                .containsEntry("detail", "is required");
        assertThat(body(mapper.api(InvalidInputException.of("'path' is required", "path", "is required"))))
                .containsEntry("detail", "'path' is required")
                .containsEntry("errors", List.of(Map.of("field", "path", "message", "is required")));
    }

    @Test
    void a_conflict_on_a_field_names_it() {
        assertThat(body(mapper.api(ConflictException.onField("email", "Taken."))))
                .containsEntry("type", BASE + "conflict")
                .containsEntry("errors", List.of(Map.of("field", "email", "message", "Taken.")));
    }

    @Test
    void extension_members_never_replace_the_standard_ones() {
        Map<String, Object> body = body(mapper.api(new ConflictException(
                "attempt-in-progress", "Resume it.", Map.of("status", "IN_PROGRESS", "attemptNumber", 2))));

        assertThat(body).containsEntry("status", 409).containsEntry("attemptNumber", 2);
    }

    @Test
    void bean_validation_names_the_fields_without_the_method_and_parameter() {
        ConstraintViolationException e = new ConstraintViolationException(new LinkedHashSet<>(List.of(
                violation("create.request.title", "must not be blank"),
                violation("create.request.files[0].path", "must not be null"))));

        Response response = mapper.constraint(e);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response))
                .containsEntry("type", BASE + "validation")
                .containsEntry("detail", "Some fields are invalid.")
                .containsEntry(
                        "errors",
                        List.of(
                                Map.of("field", "files[0].path", "message", "must not be null"),
                                Map.of("field", "title", "message", "must not be blank")));
    }

    @Test
    void an_unknown_field_and_a_value_of_the_wrong_type_are_named() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        UnrecognizedPropertyException unknown = failure(json, "{\"title\":\"t\",\"colour\":1}");
        JsonMappingException wrongType = failure(json, "{\"title\":\"t\",\"limit\":\"many\"}");

        assertThat(body(mapper.unknownField(unknown)))
                .containsEntry("type", BASE + "unknown-field")
                .containsEntry("detail", "Unknown field 'colour'.")
                .containsEntry("errors", List.of(Map.of("field", "colour", "message", "is not a known field")));
        assertThat(body(mapper.mismatched(wrongType)))
                .containsEntry("type", BASE + "malformed-body")
                .containsEntry("errors", List.of(Map.of("field", "limit", "message", "has the wrong type or format")));
    }

    @Test
    void a_body_that_is_not_json_is_malformed() {
        JsonProcessingException e = failure(new ObjectMapper(), "{\"title\": ");

        assertThat(body(mapper.respond(e)))
                .containsEntry("type", BASE + "malformed-body")
                .containsEntry("detail", "The request body is not valid JSON.")
                .doesNotContainKey("errors");
    }

    @Test
    void the_frameworks_refusals_keep_their_status() {
        assertThat(body(mapper.web(new WebApplicationException(404))))
                .containsEntry("type", BASE + "http-404")
                .containsEntry("title", "Not Found")
                .containsEntry("detail", "No such resource.");
        assertThat(body(mapper.web(new WebApplicationException(405))))
                .containsEntry("type", BASE + "http-405")
                .containsEntry("detail", "Method Not Allowed.");
        assertThat(body(mapper.web(new WebApplicationException(413))))
                .containsEntry("type", BASE + "payload-too-large")
                .containsEntry("title", "Request Entity Too Large")
                .containsEntry("detail", "The request body is too large.");
        assertThat(mapper.web(new WebApplicationException(503)).getStatus()).isEqualTo(500);
    }

    @Test
    void an_unexpected_failure_is_500_with_an_incident_and_no_details() {
        Response response = mapper.respond(new IllegalStateException("password=hunter2 at db.internal"));

        assertThat(response.getStatus()).isEqualTo(500);
        Map<String, Object> body = body(response);
        assertThat(body).containsEntry("type", BASE + "internal").containsEntry("title", "Internal error");
        assertThat((String) body.get("detail"))
                .matches("Something went wrong on our side\\. Incident [0-9a-f-]{36}\\.")
                .doesNotContain("hunter2");
    }

    @Test
    void a_kind_with_a_public_detail_keeps_the_message_for_the_log() {
        Map<String, Object> badGateway = body(mapper.api(new UpstreamException("task-service said 500 at /internal")));
        Map<String, Object> unavailable = body(mapper.api(new Unavailable("pod quota exceeded in ns sandboxes")));

        assertThat(badGateway)
                .containsEntry("status", 502)
                .containsEntry("type", BASE + "upstream")
                .containsEntry("title", "Bad gateway")
                .containsEntry("detail", "A service this one depends on failed. Try again later.");
        assertThat(unavailable).containsEntry("status", 503).containsEntry("type", BASE + "sandbox-unavailable");
        assertThat((String) unavailable.get("detail"))
                .matches("The sandbox could not do this right now\\. Incident [0-9a-f-]{36}\\.");
    }

    @Test
    void security_refusals_are_problems() {
        assertThat(body(mapper.respond(new AuthenticationFailedException())))
                .containsEntry("status", 401)
                .containsEntry("type", BASE + "unauthorized");
        assertThat(body(mapper.forbidden(new io.quarkus.security.ForbiddenException())))
                .containsEntry("status", 403)
                .containsEntry("detail", "Your account may not do this.");
    }

    private static final class Unavailable extends ApiException {
        Unavailable(String message) {
            super(ProblemKind.SANDBOX_UNAVAILABLE, message);
        }
    }

    record Query(String title, int limit) {}

    @SuppressWarnings("unchecked")
    private static <E extends JsonProcessingException> E failure(ObjectMapper json, String body) {
        try {
            json.readValue(body, Query.class);
        } catch (JsonProcessingException e) {
            return (E) e;
        }
        throw new AssertionError("read " + body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    private static ConstraintViolation<?> violation(String path, String message) {
        Path property = (Path) Proxy.newProxyInstance(
                Path.class.getClassLoader(),
                new Class<?>[] {Path.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> path;
                    case "hashCode" -> path.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConstraintViolation<?>) Proxy.newProxyInstance(
                ConstraintViolation.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> property;
                    case "getMessage" -> message;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> path + " " + message;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

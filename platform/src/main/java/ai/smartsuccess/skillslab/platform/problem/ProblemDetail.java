package ai.smartsuccess.skillslab.platform.problem;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer, as the services' OpenAPI documents describe it (see {@link ProblemResponses}).
 * {@link Problems#body} writes it as a map because an error may add extension members of its own; the standard members
 * and {@code errors} are the ones every client can rely on. A class-level {@code @Schema} puts it in each document's
 * components even though no resource method names it.
 */
@Schema(
        name = ProblemDetail.SCHEMA,
        description = "RFC 9457 problem details; an error may add extension members naming what to do instead.",
        additionalProperties = Schema.True.class)
public record ProblemDetail(
        @Schema(required = true, description = "A stable URI per kind of error, ending in its name (…/not-found).")
        String type,

        @Schema(required = true) String title,
        @Schema(required = true) int status,
        @Schema(required = true) String detail,

        @Schema(description = "One entry per invalid field (validation errors only).")
        List<FieldError> errors) {

    public static final String SCHEMA = "ProblemDetail";
}

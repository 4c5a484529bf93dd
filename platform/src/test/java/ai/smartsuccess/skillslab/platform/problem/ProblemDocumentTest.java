package ai.smartsuccess.skillslab.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** What the OpenAPI documents say about errors is what the mapper answers. */
class ProblemDocumentTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

    @Test
    void the_mappers_answers_read_into_the_documented_problem_strictly() throws Exception {
        ProblemDetail invalid = read(mapper.api(new InvalidInputException(
                "Some fields are invalid.",
                List.of(new InvalidInputException.FieldError("files[2].path", "must be relative")))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.type()).endsWith("/validation");
        assertThat(invalid.errors())
                .containsExactly(new InvalidInputException.FieldError("files[2].path", "must be relative"));

        ProblemDetail missing = read(mapper.api(new NotFoundException("No such task.")));
        assertThat(missing.title()).isEqualTo("Not found");
        assertThat(missing.detail()).isEqualTo("No such task.");
        assertThat(missing.errors()).isNull();
    }

    @Test
    void every_operation_answers_its_errors_as_problem_json() {
        APIResponse unauthorized = OASFactory.createAPIResponse().description("Not Authorized");
        APIResponse ok = OASFactory.createAPIResponse().description("OK");
        Operation operation = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", ok)
                        .addAPIResponse("401", unauthorized));
        OpenAPI document = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/things", OASFactory.createPathItem().GET(operation)));

        new ProblemResponses().filterOpenAPI(document);

        APIResponses responses = operation.getResponses();
        assertThat(responses.getAPIResponses()).containsOnlyKeys("200", "401", "4XX", "5XX");
        assertThat(ok.getContent()).as("a success keeps its own body").isNull();
        for (String code : List.of("401", "4XX", "5XX")) {
            assertThat(responses
                            .getAPIResponse(code)
                            .getContent()
                            .getMediaType(Problems.MEDIA_TYPE)
                            .getSchema()
                            .getRef())
                    .as(code)
                    .isEqualTo("#/components/schemas/" + ProblemDetail.SCHEMA);
        }
    }

    private static ProblemDetail read(jakarta.ws.rs.core.Response response) throws Exception {
        return JSON.readValue(JSON.writeValueAsString(response.getEntity()), ProblemDetail.class);
    }
}

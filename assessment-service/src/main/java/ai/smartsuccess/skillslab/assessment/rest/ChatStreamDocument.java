package ai.smartsuccess.skillslab.assessment.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Puts {@link ChatStreamRoute} in the OpenAPI document: a Vert.x route is not scanned like a JAX-RS method. It takes the
 * body and the security of {@code POST /api/ai/chat} (the same request) and answers server-sent events, each
 * {@code data:} line one {@code ChatStreamEvent} (the records of {@code AiViews.StreamEvent}). Runs when the service is
 * built; the platform's problem+json answers reach the new operation whichever filter runs first (it shares the error
 * answers of the plain chat).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ChatStreamDocument implements OASFilter {

    static final String PATH = "/api/ai/chat/stream";
    static final String CHAT = "/api/ai/chat";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem chat = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(CHAT);
        if (chat == null || chat.getPOST() == null) {
            return;
        }
        Operation plain = chat.getPOST();
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                                .description("Server-sent events: delta events, then one done or error event")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                "text/event-stream",
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("ChatStreamEvent")))));
        plain.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2")) {
                responses.addAPIResponse(code, response);
            }
        });
        Operation stream = OASFactory.createOperation()
                .summary("One chat turn, answered as it is written (server-sent events); recorded on the server")
                .description("The same body and refusals as POST " + CHAT + ", answered before the first event with"
                        + " their own status as problem+json. A failure after the stream began arrives as an error"
                        + " event.")
                .tags(plain.getTags())
                .security(plain.getSecurity())
                .requestBody(plain.getRequestBody())
                .responses(responses);
        openAPI.getPaths().addPathItem(PATH, OASFactory.createPathItem().POST(stream));
    }
}

package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.ai.AiProxyService;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ChatAnswer;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ChatInput;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.InputMessage;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ModelList;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The AI proxy; the streaming variant of chat is {@link ChatStreamRoute}. */
@Path("/api/ai")
@Authenticated
public class AiResource {

    @Inject
    AiProxyService proxy;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The models the caller can use (the offline assistant is always there)")
    public Uni<ModelList> models() {
        return proxy.models(caller.get());
    }

    @POST
    @Path("/chat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One chat turn within a running assessment of the caller; recorded on the server")
    public Uni<ChatAnswer> chat(Request request) {
        return proxy.chat(caller.get(), input(request));
    }

    static ChatInput input(Request request) {
        if (request == null) {
            return new ChatInput(null, null, null, null, null);
        }
        List<InputMessage> messages = request.messages() == null
                ? null
                : request.messages().stream()
                        .map(m -> m == null ? null : new InputMessage(m.role(), m.content()))
                        .toList();
        return new ChatInput(
                request.assessmentId(), request.model(), messages, request.systemPrompt(), request.maxTokens());
    }

    /** The request body of both chat endpoints. */
    public record Request(
            UUID assessmentId, String model, List<Message> messages, String systemPrompt, Integer maxTokens) {}

    public record Message(String role, String content) {}
}

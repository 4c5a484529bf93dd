package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetOverview;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudgetViews.BudgetStatus;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiProxyService;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ChatAnswer;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ChatInput;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ModelList;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The AI proxy; the streaming variant of chat is {@link ChatStreamRoute}. */
@Path("/api/ai")
@Authenticated
public class AiResource {

    @Inject
    AiProxyService proxy;

    @Inject
    AiBudgetOverview budgets;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/budget")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "What is left of the AI limits for one of the caller's assessments",
            description = "The assessment's token budget, the caller's daily token budget (renews at 00:00 UTC) and the"
                    + " requests left in the current minute, read from the counters the chat charges; reading them"
                    + " charges nothing. assessmentId missing or not an id: 400 naming it; someone else's assessment:"
                    + " 404.")
    public Uni<BudgetStatus> budget(@QueryParam("assessmentId") String assessmentId) {
        return budgets.status(caller.get(), assessmentId);
    }

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
    @Operation(
            summary = "One chat turn within a running assessment of the caller; recorded on the server",
            description = "The body carries only the new user turn; the server sends it with the session's stored chat"
                    + " and the platform's system prompt. 413 when the message cannot fit the request size cap; 429"
                    + " past the per-minute limit, with 2 answers already on their way, or when the assessment's or"
                    + " the day's token budget cannot hold the request.")
    public Uni<ChatAnswer> chat(Request request) {
        return proxy.chat(caller.get(), input(request));
    }

    /**
     * The body as the proxy's input. The conversation and the system prompt are the server's: a body that brings its
     * own ({@code messages}, {@code system}, {@code systemPrompt}) is refused naming them, rather than silently sending
     * something else than it asked for.
     */
    static ChatInput input(Request request) {
        if (request == null) {
            return new ChatInput(null, null, null, null);
        }
        List<FieldError> refused = new ArrayList<>();
        String why = "is not accepted: the server keeps the conversation and the system prompt; send only the new turn"
                + " as message";
        if (request.messages() != null) {
            refused.add(new FieldError("messages", why));
        }
        if (request.system() != null) {
            refused.add(new FieldError("system", why));
        }
        if (request.systemPrompt() != null) {
            refused.add(new FieldError("systemPrompt", why));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The chat request is invalid", refused);
        }
        return new ChatInput(request.assessmentId(), request.model(), request.message(), request.maxTokens());
    }

    /**
     * The request body of both chat endpoints: the new user turn only. The last three are the former shape, kept here
     * only to be refused by name.
     */
    @Schema(name = "ChatRequest")
    public record Request(
            UUID assessmentId,
            String model,
            String message,
            Integer maxTokens,
            @Schema(hidden = true) JsonNode messages,
            @Schema(hidden = true) JsonNode system,
            @Schema(hidden = true) JsonNode systemPrompt) {}
}

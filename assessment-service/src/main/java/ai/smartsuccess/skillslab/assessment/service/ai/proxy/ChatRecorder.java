package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records every prompt and answer on the server: as chat history (so a reload restores the chat) and as
 * {@code ai_prompt} / {@code ai_response} tracking events (so scoring never trusts the browser for them).
 */
@ApplicationScoped
public class ChatRecorder {

    private static final Logger LOG = Logger.getLogger(ChatRecorder.class);

    private final ChatMessageRepository chat;
    private final TrackingService tracking;

    ChatRecorder(ChatMessageRepository chat, TrackingService tracking) {
        this.chat = chat;
        this.tracking = tracking;
    }

    /**
     * The new turn and what was sent with it: the system prompt in full, the earlier exchanges by request id (their
     * prompts and answers are in this record already), the answer's limit and the tokens reserved.
     */
    public Uni<Void> prompt(
            UUID assessmentId, UUID requestId, ModelDefinition model, OutgoingChat sent, AiBudget.Reservation budget) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("model", model.id());
        data.put("provider", model.provider());
        data.put("prompt", sent.message());
        data.put("messageCount", sent.messageCount());
        data.put("requestId", requestId.toString());
        if (sent.system() != null) {
            data.put("system", sent.system());
        }
        data.put("context", sent.contextRequestIds());
        data.put("contextOmitted", sent.omitted());
        data.put("maxTokens", budget.maxTokens());
        data.put("reservedTokens", budget.reserved());
        return save(assessmentId, requestId, "user", sent.message(), model, true)
                .flatMap(ignored -> tracking.recordServerEvent(
                        assessmentId, requestId + ":prompt", TrackingEventType.AI_PROMPT, data));
    }

    /** The answer, complete or as far as it got; kept even when the stream broke. */
    public Uni<Void> response(
            UUID assessmentId,
            UUID requestId,
            ModelDefinition model,
            String response,
            AiViews.Usage usage,
            long latencyMs,
            boolean complete,
            String error) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("model", model.id());
        data.put("provider", model.provider());
        data.put("response", response);
        data.put("inputTokens", usage.inputTokens());
        data.put("outputTokens", usage.outputTokens());
        data.put("requestId", requestId.toString());
        data.put("latencyMs", latencyMs);
        data.put("complete", complete);
        if (error != null) {
            data.put("error", error);
        }
        Uni<Void> saved = response.isEmpty()
                ? Uni.createFrom().voidItem()
                : save(assessmentId, requestId, "assistant", response, model, complete);
        return saved.flatMap(ignored -> tracking.recordServerEvent(
                        assessmentId, requestId + ":response", TrackingEventType.AI_RESPONSE, data))
                .onFailure(ConflictException.class)
                .recoverWithUni(e -> {
                    // The session was submitted while the answer was on its way: the chat keeps it, tracking is closed.
                    LOG.infof("answer %s arrived after %s was submitted", requestId, assessmentId);
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> save(
            UUID assessmentId, UUID requestId, String role, String content, ModelDefinition model, boolean complete) {
        ChatMessage message = new ChatMessage();
        message.id = UUID.randomUUID();
        message.assessmentId = assessmentId;
        message.role = role;
        message.content = content;
        message.model = model.id();
        message.provider = model.provider();
        message.requestId = requestId;
        message.complete = complete;
        message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> chat.persist(message)).replaceWithVoid();
    }
}

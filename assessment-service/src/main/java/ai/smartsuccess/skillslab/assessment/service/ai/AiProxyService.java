package ai.smartsuccess.skillslab.assessment.service.ai;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.service.Caller;
import ai.smartsuccess.skillslab.assessment.service.ConflictException;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException;
import ai.smartsuccess.skillslab.assessment.service.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.assessment.service.NotFoundException;
import ai.smartsuccess.skillslab.assessment.service.OnContext;
import ai.smartsuccess.skillslab.assessment.service.UpstreamException;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ChatAnswer;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ChatInput;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.InputMessage;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ModelInfo;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.ModelList;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.StreamEvent;
import ai.smartsuccess.skillslab.assessment.service.ai.AiViews.Usage;
import ai.smartsuccess.skillslab.assessment.service.ai.ModelCatalog.ModelDefinition;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The AI proxy: a chat turn for a running assessment of the caller, through the chosen provider, within the limits,
 * recorded on the server. It is not a general-purpose LLM endpoint: no assessment of yours in progress, no answer.
 */
@ApplicationScoped
public class AiProxyService {

    private static final Logger LOG = Logger.getLogger(AiProxyService.class);
    static final int MAX_MESSAGES = 200;
    static final int MAX_MESSAGE_CHARS = 100_000;
    static final int MAX_SYSTEM_PROMPT_CHARS = 20_000;

    private final ModelCatalog catalog;
    private final ChatModels models;
    private final ProviderKeys keys;
    private final AiRateLimiter limiter;
    private final ChatRecorder recorder;
    private final AssessmentRepository assessments;
    private final Vertx vertx;
    private final Duration timeout;

    AiProxyService(
            ModelCatalog catalog,
            ChatModels models,
            ProviderKeys keys,
            AiRateLimiter limiter,
            ChatRecorder recorder,
            AssessmentRepository assessments,
            Vertx vertx,
            AssessmentConfig config) {
        this.catalog = catalog;
        this.models = models;
        this.keys = keys;
        this.limiter = limiter;
        this.recorder = recorder;
        this.assessments = assessments;
        this.vertx = vertx;
        this.timeout = config.ai().timeout();
    }

    /** The models the caller can use now: the offline assistant always, others when a key is there for them. */
    public Uni<ModelList> models(Caller caller) {
        return keys.usableProviders(caller.subject())
                .map(usable -> new ModelList(catalog.all().stream()
                        .filter(m -> usable.contains(m.provider()))
                        .map(m -> new ModelInfo(m.id(), m.name(), m.provider(), m.maxTokens(), m.offline()))
                        .toList()));
    }

    public Uni<ChatAnswer> chat(Caller caller, ChatInput input) {
        Executor here = OnContext.current();
        return prepare(caller, input).flatMap(turn -> {
            long started = System.nanoTime();
            return Uni.createFrom()
                    .item(() -> models.blocking(turn.model(), turn.access(), turn.task())
                            .chat(turn.request()))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .ifNoItem()
                    .after(timeout.plusSeconds(5))
                    .failWith(TimeoutException::new)
                    .emitOn(here)
                    .onFailure()
                    .recoverWithUni(e -> failed(turn, e, "", started))
                    .flatMap(response -> {
                        String content = response.aiMessage().text() == null
                                ? ""
                                : response.aiMessage().text();
                        Usage usage = usage(response);
                        return recorder.response(
                                        turn.assessmentId(),
                                        turn.requestId(),
                                        turn.model(),
                                        content,
                                        usage,
                                        millisSince(started),
                                        true,
                                        null)
                                .flatMap(ignored -> limiter.spend(turn.assessmentId(), usage.totalTokens()))
                                .replaceWith(
                                        new ChatAnswer(content, turn.model().id(), usage));
                    });
        });
    }

    /**
     * Streams the answer: {@code delta} events as the provider sends tokens, then {@code done} with the provider's
     * usage, or {@code error} when the provider fails or the stream breaks (what arrived is still recorded). Refusals
     * (404, 409, 429...) fail the returned Uni, before any event is sent, so that they answer as problems.
     */
    public Uni<Multi<StreamEvent>> stream(Caller caller, ChatInput input) {
        Executor here = OnContext.current();
        return prepare(caller, input).map(turn -> {
            long started = System.nanoTime();
            StringBuilder received = new StringBuilder();
            Multi<Piece> pieces = Multi.createFrom()
                    .<Piece>emitter(emitter -> models.streaming(turn.model(), turn.access(), turn.task())
                            .chat(turn.request(), new Forwarder(emitter)))
                    .ifNoItem()
                    .after(timeout)
                    .failWith(TimeoutException::new)
                    .onFailure()
                    .recoverWithItem(Piece::failed);
            return pieces.emitOn(here)
                    .onItem()
                    .transformToUniAndConcatenate(piece -> {
                        if (piece.delta() != null) {
                            received.append(piece.delta());
                            return Uni.createFrom().item(StreamEvent.delta(piece.delta()));
                        }
                        if (piece.response() != null && piece.response().finishReason() != null) {
                            return completed(turn, piece.response(), received, started);
                        }
                        Throwable cause = piece.error() != null
                                ? piece.error()
                                : new IllegalStateException("the stream ended before the provider finished");
                        return broken(turn, cause, received, started, piece.response());
                    })
                    .onCancellation()
                    .invoke(() -> OnContext.fresh(
                                    vertx,
                                    () -> recorder.response(
                                            turn.assessmentId(),
                                            turn.requestId(),
                                            turn.model(),
                                            received.toString(),
                                            Usage.of(0, OfflineAssistantModel.estimateTokens(received.toString())),
                                            millisSince(started),
                                            false,
                                            "client-disconnected"))
                            .subscribe()
                            .with(x -> {}, e -> LOG.warn("recording an abandoned stream failed", e)));
        });
    }

    private Uni<StreamEvent> completed(Turn turn, ChatResponse response, StringBuilder received, long started) {
        String content = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text()
                : received.toString();
        Usage usage = usage(response);
        return recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        content,
                        usage,
                        millisSince(started),
                        true,
                        null)
                .flatMap(ignored -> limiter.spend(turn.assessmentId(), usage.totalTokens()))
                .replaceWith(StreamEvent.done(turn.model().id(), usage));
    }

    private Uni<StreamEvent> broken(
            Turn turn, Throwable cause, StringBuilder received, long started, ChatResponse partial) {
        UpstreamException problem =
                ProviderErrors.map(cause, turn.model().provider(), turn.access().ownKey());
        if (!(cause instanceof UpstreamException) && received.length() > 0) {
            problem = new UpstreamException(
                    "ai-stream-interrupted",
                    ProviderErrors.displayName(turn.model().provider())
                            + " stopped in the middle of the answer; what arrived is kept.",
                    false);
        }
        Usage usage = partial != null && partial.tokenUsage() != null
                ? usage(partial)
                : Usage.of(0, OfflineAssistantModel.estimateTokens(received.toString()));
        UpstreamException reported = problem;
        return recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        received.toString(),
                        usage,
                        millisSince(started),
                        false,
                        reported.kind())
                .flatMap(ignored -> limiter.spend(turn.assessmentId(), usage.totalTokens()))
                .replaceWith(StreamEvent.error(
                        reported.timeout() ? "AI provider timeout" : "AI provider failure", reported.getMessage()));
    }

    private Uni<ChatResponse> failed(Turn turn, Throwable e, String partial, long started) {
        UpstreamException problem =
                ProviderErrors.map(e, turn.model().provider(), turn.access().ownKey());
        LOG.infof(
                "AI request %s to %s failed: %s", turn.requestId(), turn.model().provider(), problem.kind());
        return recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        partial,
                        Usage.of(0, 0),
                        millisSince(started),
                        false,
                        problem.kind())
                .flatMap(ignored -> Uni.createFrom().failure(problem));
    }

    /** Checks, limits, key, prompt recorded: everything before the provider is called. */
    private Uni<Turn> prepare(Caller caller, ChatInput input) {
        ModelDefinition model = validate(input);
        Executor here = OnContext.current();
        return Panache.withSession(() -> assessments.findById(input.assessmentId()))
                .map(a -> runningOf(caller, input.assessmentId(), a))
                .flatMap(a -> limiter.acquire(caller.subject())
                        .flatMap(ignored -> limiter.checkBudget(a.id, secondsLeft(a)))
                        .emitOn(here)
                        .flatMap(ignored -> keys.resolve(caller.subject(), model, a.taskSnapshot.usesPlatformKeys()))
                        .map(access -> turn(a, model, access, input)))
                .call(turn -> recorder.prompt(
                        turn.assessmentId(),
                        turn.requestId(),
                        model,
                        lastUserMessage(input),
                        input.messages().size()));
    }

    private static Assessment runningOf(Caller caller, UUID id, Assessment a) {
        if (a == null || !a.isOwnedBy(caller.subject())) {
            throw new NotFoundException("Assessment " + id + " was not found");
        }
        if (!AssessmentStatus.IN_PROGRESS.equals(a.status)
                || a.submitClaimedAt != null
                || OffsetDateTime.now().isAfter(a.deadline)) {
            throw new ConflictException(
                    "assessment-not-running", "The AI assistant is available only while your assessment is running.");
        }
        return a;
    }

    private Turn turn(Assessment a, ModelDefinition model, ProviderAccess access, ChatInput input) {
        List<ChatMessage> messages = new ArrayList<>(input.messages().size() + 1);
        if (input.systemPrompt() != null && !input.systemPrompt().isBlank()) {
            messages.add(SystemMessage.from(input.systemPrompt()));
        }
        for (InputMessage message : input.messages()) {
            messages.add(
                    "user".equals(message.role())
                            ? UserMessage.from(message.content())
                            : AiMessage.from(message.content()));
        }
        int maxTokens = Math.min(input.maxTokens() != null ? input.maxTokens() : model.maxTokens(), model.maxTokens());
        ChatRequest request = ChatRequest.builder()
                .messages(messages)
                .maxOutputTokens(maxTokens)
                .build();
        TaskContext task = new TaskContext(
                a.taskSnapshot.title(),
                a.taskSnapshot.taskType(),
                a.taskSnapshot.runtime(),
                a.taskSnapshot.timeLimitMinutes(),
                a.taskSnapshot.description());
        return new Turn(a.id, UUID.randomUUID(), model, access, task, request);
    }

    private ModelDefinition validate(ChatInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.assessmentId() == null) {
            errors.add(new FieldError("assessmentId", "is required: the assistant answers within an assessment"));
        }
        ModelDefinition model = null;
        if (input.model() == null || input.model().isBlank()) {
            errors.add(new FieldError("model", "is required"));
        } else {
            model = catalog.find(input.model()).orElse(null);
            if (model == null) {
                errors.add(new FieldError("model", "Unknown model"));
            }
        }
        List<InputMessage> messages = input.messages();
        if (messages == null || messages.isEmpty()) {
            errors.add(new FieldError("messages", "must hold at least one message"));
        } else if (messages.size() > MAX_MESSAGES) {
            errors.add(new FieldError("messages", "must hold at most " + MAX_MESSAGES + " messages"));
        } else {
            for (int i = 0; i < messages.size(); i++) {
                InputMessage message = messages.get(i);
                if (message == null || !("user".equals(message.role()) || "assistant".equals(message.role()))) {
                    errors.add(new FieldError("messages[" + i + "].role", "must be user or assistant"));
                } else if (message.content() == null || message.content().isBlank()) {
                    errors.add(new FieldError("messages[" + i + "].content", "must not be empty"));
                } else if (message.content().length() > MAX_MESSAGE_CHARS) {
                    errors.add(new FieldError(
                            "messages[" + i + "].content", "must be at most " + MAX_MESSAGE_CHARS + " characters"));
                }
            }
            InputMessage last = messages.get(messages.size() - 1);
            if (errors.isEmpty() && !"user".equals(last.role())) {
                errors.add(new FieldError("messages", "must end with a user message"));
            }
        }
        if (input.systemPrompt() != null && input.systemPrompt().length() > MAX_SYSTEM_PROMPT_CHARS) {
            errors.add(new FieldError("systemPrompt", "must be at most " + MAX_SYSTEM_PROMPT_CHARS + " characters"));
        }
        if (input.maxTokens() != null && input.maxTokens() < 1) {
            errors.add(new FieldError("maxTokens", "must be at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The chat request is invalid", errors);
        }
        return model;
    }

    private static String lastUserMessage(ChatInput input) {
        return input.messages().get(input.messages().size() - 1).content();
    }

    private static long secondsLeft(Assessment a) {
        return Math.max(1, Duration.between(OffsetDateTime.now(), a.deadline).toSeconds());
    }

    private static Usage usage(ChatResponse response) {
        if (response.tokenUsage() == null) {
            return Usage.of(0, 0);
        }
        return Usage.of(
                response.tokenUsage().inputTokenCount(), response.tokenUsage().outputTokenCount());
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** One chat turn, ready for the provider. */
    private record Turn(
            UUID assessmentId,
            UUID requestId,
            ModelDefinition model,
            ProviderAccess access,
            TaskContext task,
            ChatRequest request) {}

    /** What the provider's stream delivered: a delta, the final response, or a failure. */
    private record Piece(String delta, ChatResponse response, Throwable error) {

        static Piece failed(Throwable error) {
            return new Piece(null, null, error);
        }
    }

    /** langchain4j's callbacks as stream items; the stream always ends after a response or a failure. */
    private static final class Forwarder implements StreamingChatResponseHandler {

        private final MultiEmitter<? super Piece> emitter;

        Forwarder(MultiEmitter<? super Piece> emitter) {
            this.emitter = emitter;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            if (partialResponse != null && !partialResponse.isEmpty()) {
                emitter.emit(new Piece(partialResponse, null, null));
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            emitter.emit(new Piece(null, completeResponse, null));
            emitter.complete();
        }

        @Override
        public void onError(Throwable error) {
            emitter.emit(Piece.failed(error));
            emitter.complete();
        }
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.ProviderAccess;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.ProviderKeys;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiRateLimiter;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ChatAnswer;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ChatInput;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ModelInfo;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.ModelList;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.StreamEvent;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.AiViews.Usage;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.ModelCatalog.ModelDefinition;
import ai.smartsuccess.skillslab.offline.OfflineAssistantModel;
import ai.smartsuccess.skillslab.offline.TaskContext;
import ai.smartsuccess.skillslab.offline.TaskFile;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.PayloadTooLargeException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.opentelemetry.instrumentation.annotations.WithSpan;
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

    private final ModelCatalog catalog;
    private final ChatModels models;
    private final ProviderKeys keys;
    private final AiRateLimiter limiter;
    private final AiBudget budget;
    private final ConversationAssembler conversations;
    private final SystemPrompts systemPrompts;
    private final ChatRecorder recorder;
    private final AssessmentRepository assessments;
    private final Vertx vertx;
    private final AiMeters meters;
    private final AssistantFiles assistantFiles;
    private final Duration timeout;
    private final int maxRequestChars;

    AiProxyService(
            ModelCatalog catalog,
            ChatModels models,
            ProviderKeys keys,
            AiRateLimiter limiter,
            AiBudget budget,
            ConversationAssembler conversations,
            SystemPrompts systemPrompts,
            ChatRecorder recorder,
            AssessmentRepository assessments,
            Vertx vertx,
            AiMeters meters,
            AssistantFiles assistantFiles,
            AssessmentConfig config) {
        this.catalog = catalog;
        this.models = models;
        this.keys = keys;
        this.limiter = limiter;
        this.budget = budget;
        this.conversations = conversations;
        this.systemPrompts = systemPrompts;
        this.recorder = recorder;
        this.assessments = assessments;
        this.vertx = vertx;
        this.meters = meters;
        this.assistantFiles = assistantFiles;
        this.timeout = config.ai().timeout();
        this.maxRequestChars = config.ai().maxRequestChars();
    }

    /**
     * The models the caller can use now: the offline assistant always, others when a key is there for them (the
     * platform's or their own), and those of their own server. The default is a model with a key, the caller's own
     * first; the offline assistant only when nothing else can answer.
     */
    public Uni<ModelList> models(Caller caller) {
        return keys.offered(caller.subject(), catalog.all()).map(AiProxyService::modelList);
    }

    static ModelList modelList(List<ProviderKeys.Offered> offered) {
        ProviderKeys.Offered chosen = offered.stream()
                .filter(o -> o.source() == ProviderKeys.Source.OWN_KEY)
                .findFirst()
                .or(() -> offered.stream()
                        .filter(o -> o.source() == ProviderKeys.Source.PLATFORM)
                        .findFirst())
                .or(() -> offered.stream().findFirst())
                .orElse(null);
        List<ModelInfo> models = new ArrayList<>();
        // Models with a key first, the offline assistant last: a client that takes the first one gets a real model.
        offered.stream()
                .sorted(java.util.Comparator.comparing(o -> o.source() == ProviderKeys.Source.OFFLINE))
                .forEach(o -> {
                    ModelDefinition m = o.model();
                    models.add(new ModelInfo(
                            m.id(),
                            m.name(),
                            m.provider(),
                            m.maxTokens(),
                            m.offline(),
                            o.source().wire(),
                            o.keyProvider(),
                            o.keyHint(),
                            o == chosen));
                });
        return new ModelList(models);
    }

    /**
     * One answer in one piece. The budgets' reservation is settled with the provider's count as soon as it answers (a
     * failure gives it all back), and in any case when the request ends, a client gone included.
     */
    @WithSpan("ai.chat")
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
                    .onItemOrFailure()
                    .transformToUni((response, failure) -> {
                        if (failure != null) {
                            return budget.settle(turn.reservation(), 0)
                                    .emitOn(here)
                                    .flatMap(ignored -> failed(turn, failure, started));
                        }
                        Usage usage = usage(response);
                        return budget.settle(turn.reservation(), usage.totalTokens())
                                .emitOn(here)
                                .flatMap(ignored -> answered(turn, response, usage, started));
                    })
                    .onTermination()
                    .invoke(() -> budget.settleLater(turn.reservation(), 0));
        });
    }

    private Uni<ChatAnswer> answered(Turn turn, ChatResponse response, Usage usage, long started) {
        String content =
                response.aiMessage().text() == null ? "" : response.aiMessage().text();
        meters.answered(turn.model(), usage, millisSince(started));
        return recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        content,
                        usage,
                        millisSince(started),
                        true,
                        null)
                .replaceWith(new ChatAnswer(content, turn.model().id(), usage));
    }

    /**
     * Streams the answer: {@code delta} events as the provider sends tokens, then {@code done} with the provider's
     * usage, or {@code error} when the provider fails or the stream breaks (what arrived is still recorded). Refusals
     * (404, 409, 413, 429...) fail the returned Uni, before any event is sent, so that they answer as problems. The
     * request keeps its in-flight slot while tokens arrive and gives it back when the stream ends in any way.
     */
    @WithSpan("ai.chat.stream")
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
                            budget.keepAlive(turn.reservation());
                            return Uni.createFrom().item(StreamEvent.delta(piece.delta()));
                        }
                        if (piece.response() != null && piece.response().finishReason() != null) {
                            return completed(turn, piece.response(), received, started, here);
                        }
                        Throwable cause = piece.error() != null
                                ? piece.error()
                                : new IllegalStateException("the stream ended before the provider finished");
                        return broken(turn, cause, received, started, piece.response(), here);
                    })
                    .onTermination()
                    .invoke((failure, cancelled) -> {
                        if (!cancelled) {
                            budget.settleLater(turn.reservation(), 0);
                        }
                    })
                    .onCancellation()
                    .invoke(() -> abandoned(turn, received.toString(), started));
        });
    }

    /** The candidate closed the tab: the provider was sent the input and wrote what arrived; that is charged. */
    private void abandoned(Turn turn, String received, long started) {
        Usage usage = Usage.of(0, OfflineAssistantModel.estimateTokens(received));
        budget.settleLater(turn.reservation(), turn.inputEstimate() + usage.totalTokens());
        OnContext.fresh(
                        vertx,
                        () -> recorder.response(
                                turn.assessmentId(),
                                turn.requestId(),
                                turn.model(),
                                received,
                                usage,
                                millisSince(started),
                                false,
                                "client-disconnected"))
                .subscribe()
                .with(x -> {}, e -> LOG.warn("recording an abandoned stream failed", e));
    }

    private Uni<StreamEvent> completed(
            Turn turn, ChatResponse response, StringBuilder received, long started, Executor here) {
        String content = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text()
                : received.toString();
        Usage usage = usage(response);
        meters.answered(turn.model(), usage, millisSince(started));
        return budget.settle(turn.reservation(), usage.totalTokens())
                .emitOn(here)
                .flatMap(ignored -> recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        content,
                        usage,
                        millisSince(started),
                        true,
                        null))
                .replaceWith(StreamEvent.done(turn.model().id(), usage));
    }

    private Uni<StreamEvent> broken(
            Turn turn, Throwable cause, StringBuilder received, long started, ChatResponse partial, Executor here) {
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
        // Part of an answer was written and read: it costs what the provider counted, or our estimate of it; a call
        // that produced nothing costs nothing.
        long charged = partial != null && partial.tokenUsage() != null
                ? usage.totalTokens()
                : received.length() > 0 ? turn.inputEstimate() + usage.totalTokens() : 0;
        UpstreamException reported = problem;
        meters.failed(turn.model(), reported.kind(), millisSince(started));
        return budget.settle(turn.reservation(), charged)
                .emitOn(here)
                .flatMap(ignored -> recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        received.toString(),
                        usage,
                        millisSince(started),
                        false,
                        reported.kind()))
                .replaceWith(StreamEvent.error(
                        reported.timeout() ? "AI provider timeout" : "AI provider failure", reported.getMessage()));
    }

    private Uni<ChatAnswer> failed(Turn turn, Throwable e, long started) {
        UpstreamException problem =
                ProviderErrors.map(e, turn.model().provider(), turn.access().ownKey());
        LOG.infof(
                "AI request %s to %s failed: %s", turn.requestId(), turn.model().provider(), problem.kind());
        meters.failed(turn.model(), problem.kind(), millisSince(started));
        return recorder.response(
                        turn.assessmentId(),
                        turn.requestId(),
                        turn.model(),
                        "",
                        Usage.of(0, 0),
                        millisSince(started),
                        false,
                        problem.kind())
                .flatMap(ignored -> Uni.createFrom().failure(problem));
    }

    /**
     * Everything before the provider is called: checks, the per-minute limit, the key, the conversation built from the
     * session's stored chat, the reservation (slot and tokens), and the prompt recorded with what is sent. A failure
     * after the reservation gives it back.
     */
    private Uni<Turn> prepare(Caller caller, ChatInput input) {
        ModelDefinition model = validate(input);
        AiMeters.describeSpan(input.assessmentId(), model);
        Executor here = OnContext.current();
        UUID requestId = UUID.randomUUID();
        return Panache.withSession(() -> assessments.findById(input.assessmentId()))
                .map(a -> runningOf(caller, input.assessmentId(), a))
                .flatMap(a -> {
                    String system = systemPrompts.forTask(a.taskSnapshot);
                    checkSize(input.message(), system);
                    return limiter.acquire(caller.subject())
                            .emitOn(here)
                            .flatMap(
                                    ignored -> keys.resolve(caller.subject(), model, a.taskSnapshot.usesPlatformKeys()))
                            .flatMap(access -> filesFor(caller, a, model)
                                    .emitOn(here)
                                    .flatMap(files -> conversations
                                            .assemble(a.id, system, input.message())
                                            .flatMap(sent -> budget.reserve(
                                                            caller.subject(),
                                                            a.id,
                                                            requestId,
                                                            sent.inputTokenEstimate(),
                                                            maxTokens(input, model),
                                                            secondsLeft(a))
                                                    .emitOn(here)
                                                    .map(reservation -> turn(
                                                            a, requestId, model, access, sent, reservation, files)))));
                })
                .call(turn -> recorder.prompt(
                                turn.assessmentId(), turn.requestId(), model, turn.sent(), turn.reservation())
                        .onFailure()
                        .call(() -> budget.settle(turn.reservation(), 0)));
    }

    /** The offline assistant answers from the workspace's files; a provider model gets none (nothing changes for it). */
    private Uni<List<TaskFile>> filesFor(Caller caller, Assessment a, ModelDefinition model) {
        return model.offline()
                ? assistantFiles.forTurn(caller, a.id)
                : Uni.createFrom().item(List.of());
    }

    /** The new message and the system prompt alone must fit the cap; earlier turns are left out to fit it. */
    private void checkSize(String message, String system) {
        int chars = message.length() + (system == null ? 0 : system.length());
        if (chars > maxRequestChars) {
            throw new PayloadTooLargeException("A chat request may send at most " + maxRequestChars
                    + " characters to the model, this message included; this one has " + message.length() + ".");
        }
    }

    private static int maxTokens(ChatInput input, ModelDefinition model) {
        return Math.min(input.maxTokens() != null ? input.maxTokens() : model.maxTokens(), model.maxTokens());
    }

    private static Assessment runningOf(Caller caller, UUID id, Assessment a) {
        if (a == null || !a.isOwnedBy(caller.subject())) {
            throw new NotFoundException("Assessment " + id + " was not found");
        }
        if (!a.is(AssessmentStatus.IN_PROGRESS)
                || a.submitClaimedAt != null
                || OffsetDateTime.now().isAfter(a.deadline)) {
            throw new ConflictException(
                    "assessment-not-running", "The AI assistant is available only while your assessment is running.");
        }
        return a;
    }

    private static Turn turn(
            Assessment a,
            UUID requestId,
            ModelDefinition model,
            ProviderAccess access,
            OutgoingChat sent,
            AiBudget.Reservation reservation,
            List<TaskFile> files) {
        ChatRequest request = ChatRequest.builder()
                .messages(sent.messages())
                .maxOutputTokens(reservation.maxTokens())
                .build();
        TaskContext task = new TaskContext(
                a.taskSnapshot.title(),
                a.taskSnapshot.taskType(),
                a.taskSnapshot.runtime(),
                a.taskSnapshot.timeLimitMinutes(),
                a.taskSnapshot.description(),
                files);
        return new Turn(a.id, requestId, model, access, task, sent, request, reservation);
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
        if (input.message() == null || input.message().isBlank()) {
            errors.add(new FieldError("message", "must not be empty"));
        }
        if (input.maxTokens() != null && input.maxTokens() < 1) {
            errors.add(new FieldError("maxTokens", "must be at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The chat request is invalid", errors);
        }
        checkSize(input.message(), null);
        return model;
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

    /** One chat turn, ready for the provider, with its hold on the budgets. */
    private record Turn(
            UUID assessmentId,
            UUID requestId,
            ModelDefinition model,
            ProviderAccess access,
            TaskContext task,
            OutgoingChat sent,
            ChatRequest request,
            AiBudget.Reservation reservation) {

        long inputEstimate() {
            return reservation.reserved() - reservation.maxTokens();
        }
    }

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

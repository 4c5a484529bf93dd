package ai.smartsuccess.skillslab.offline;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in offline assistant as a langchain4j model, so that it plugs in exactly where OpenAI and Anthropic do. It
 * needs no network and answers deterministically ({@link OfflineAnswers}); its token counts are its own estimate
 * (about four characters a token).
 */
public final class OfflineAssistantModel implements ChatModel, StreamingChatModel {

    public static final String MODEL_NAME = "offline-assistant";
    private static final Pattern CHUNK = Pattern.compile("\\S+\\s*|\\s+");

    private final OfflineAnswers answers;
    private final Executor executor;
    private final Duration chunkDelay;

    public OfflineAssistantModel(TaskContext task, Executor executor, Duration chunkDelay) {
        this.answers = new OfflineAnswers(task);
        this.executor = executor;
        this.chunkDelay = chunkDelay;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        String full = answers.answer(Conversation.of(request.messages()));
        return response(request, clip(full, request.maxOutputTokens()), full);
    }

    /** Streams the answer word by word, as a provider streams tokens. */
    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        executor.execute(() -> {
            try {
                String full = answers.answer(Conversation.of(request.messages()));
                String answer = clip(full, request.maxOutputTokens());
                for (String chunk : chunks(answer)) {
                    handler.onPartialResponse(chunk);
                    pause();
                }
                handler.onCompleteResponse(response(request, answer, full));
            } catch (RuntimeException e) {
                handler.onError(e);
            }
        });
    }

    static List<String> chunks(String answer) {
        List<String> chunks = new ArrayList<>();
        Matcher matcher = CHUNK.matcher(answer);
        while (matcher.find()) {
            chunks.add(matcher.group());
        }
        return chunks;
    }

    /**
     * Like a provider, the answer stops at the request's {@code maxOutputTokens}, which the token budget relies on. The
     * answer itself comes from the whole conversation: the last message says what is asked, the earlier ones give the
     * context.
     */
    static String clip(String answer, Integer maxOutputTokens) {
        if (maxOutputTokens != null && estimateTokens(answer) > maxOutputTokens) {
            int end = maxOutputTokens * 4;
            return answer.substring(0, Character.isHighSurrogate(answer.charAt(end - 1)) ? end - 1 : end);
        }
        return answer;
    }

    private static ChatResponse response(ChatRequest request, String answer, String full) {
        int input = 0;
        for (ChatMessage message : request.messages()) {
            input += estimateTokens(text(message));
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .modelName(MODEL_NAME)
                .tokenUsage(new TokenUsage(input, estimateTokens(answer)))
                .finishReason(answer.length() < full.length() ? FinishReason.LENGTH : FinishReason.STOP)
                .build();
    }

    /** About four characters a token, the estimate the proxy also counts streamed answers with. */
    public static int estimateTokens(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }

    private static String text(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : "";
        }
        if (message instanceof AiMessage ai) {
            return ai.text();
        }
        if (message instanceof dev.langchain4j.data.message.SystemMessage system) {
            return system.text();
        }
        return "";
    }

    private void pause() {
        if (chunkDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(chunkDelay.toMillis(), (int) (chunkDelay.toNanosPart() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while streaming", e);
        }
    }

    // Both interfaces declare these defaults; one implementation serves both.

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return ChatRequestParameters.builder().modelName(MODEL_NAME).build();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of();
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** What the AI proxy takes and returns. */
public final class AiViews {

    public record ModelInfo(String id, String name, String provider, int maxTokens, boolean offline) {}

    public record ModelList(List<ModelInfo> models) {}

    public record Usage(int inputTokens, int outputTokens, int totalTokens) {

        static Usage of(Integer input, Integer output) {
            int in = input == null ? 0 : input;
            int out = output == null ? 0 : output;
            return new Usage(in, out, in + out);
        }
    }

    public record ChatAnswer(String content, String model, Usage usage) {}

    /** One {@code data:} line of the chat stream: {@code delta}s, then {@code done} or {@code error}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StreamEvent(String type, String text, String model, Usage usage, String title, String detail) {

        public static StreamEvent delta(String text) {
            return new StreamEvent("delta", text, null, null, null, null);
        }

        public static StreamEvent done(String model, Usage usage) {
            return new StreamEvent("done", null, model, usage, null, null);
        }

        public static StreamEvent error(String title, String detail) {
            return new StreamEvent("error", null, null, null, title, detail);
        }
    }

    /**
     * The proxy's chat input, checked by {@link AiProxyService}: only the new user turn; the conversation it continues
     * and the system prompt are the server's.
     */
    public record ChatInput(UUID assessmentId, String model, String message, Integer maxTokens) {}

    private AiViews() {}
}

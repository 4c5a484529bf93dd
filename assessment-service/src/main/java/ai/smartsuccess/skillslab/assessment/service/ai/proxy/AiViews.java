package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the AI proxy takes and returns. */
public final class AiViews {

    /**
     * A model the caller may choose.
     *
     * @param source where its key comes from: {@code platform}, {@code own-key} (the caller's) or {@code offline}
     * @param keyProvider the provider whose key unlocks it; null for the offline assistant
     * @param keyHint the last characters of the caller's own key that unlocks it; null unless {@code own-key}
     * @param isDefault the model the workspace selects first
     */
    public record ModelInfo(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(required = true) String provider,
            @Schema(required = true) int maxTokens,
            @Schema(required = true) boolean offline,

            @Schema(
                    required = true,
                    enumeration = {"platform", "own-key", "offline"})
            String source,

            String keyProvider,
            String keyHint,

            @JsonProperty("default") @Schema(name = "default", required = true)
            boolean isDefault) {}

    public record ModelList(List<ModelInfo> models) {}

    public record Usage(int inputTokens, int outputTokens, int totalTokens) {

        static Usage of(Integer input, Integer output) {
            int in = input == null ? 0 : input;
            int out = output == null ? 0 : output;
            return new Usage(in, out, in + out);
        }
    }

    public record ChatAnswer(String content, String model, Usage usage) {}

    /**
     * One {@code data:} line of the chat stream: {@code delta}s, then {@code done} or {@code error}. One record per kind,
     * so that the OpenAPI document (see {@code ChatStreamDocument}) names each payload and the web app is typed from it.
     */
    @Schema(
            name = "ChatStreamEvent",
            oneOf = {StreamEvent.Delta.class, StreamEvent.Done.class, StreamEvent.Failed.class},
            discriminatorProperty = "type",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "delta", schema = StreamEvent.Delta.class),
                @DiscriminatorMapping(value = "done", schema = StreamEvent.Done.class),
                @DiscriminatorMapping(value = "error", schema = StreamEvent.Failed.class)
            })
    public sealed interface StreamEvent {

        static StreamEvent delta(String text) {
            return new Delta("delta", text);
        }

        static StreamEvent done(String model, Usage usage) {
            return new Done("done", model, usage);
        }

        static StreamEvent error(String title, String detail) {
            return new Failed("error", title, detail);
        }

        /** A piece of the answer, to append to what came before. */
        @Schema(name = "ChatStreamDelta")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Delta(
                @Schema(required = true, enumeration = "delta")
                String type,

                @Schema(required = true) String text) implements StreamEvent {}

        /** The answer is complete and recorded. */
        @Schema(name = "ChatStreamDone")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Done(
                @Schema(required = true, enumeration = "done")
                String type,

                @Schema(required = true) String model,
                Usage usage)
                implements StreamEvent {}

        /** The answer stopped after the stream began; what arrived is kept. */
        @Schema(name = "ChatStreamError")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Failed(
                @Schema(required = true, enumeration = "error")
                String type,

                @Schema(required = true) String title,
                @Schema(required = true) String detail)
                implements StreamEvent {}
    }

    /**
     * The proxy's chat input, checked by {@link AiProxyService}: only the new user turn; the conversation it continues
     * and the system prompt are the server's.
     */
    public record ChatInput(UUID assessmentId, String model, String message, Integer maxTokens) {}

    private AiViews() {}
}

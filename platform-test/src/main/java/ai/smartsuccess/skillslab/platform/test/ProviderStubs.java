package ai.smartsuccess.skillslab.platform.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * WireMock answers in the AI providers' real wire formats, recorded from OpenAI's chat completions and Anthropic's
 * messages API (files in {@code providers/} next to this class): a whole answer as JSON, an answer streamed as
 * server-sent events (to its end, or cut in the middle) and the providers' error bodies. A test picks only the text;
 * ids, models and token counts are the recording's. The request side (path, which request) stays with the test.
 */
public final class ProviderStubs {

    /** OpenAI's chat completions under a provider's base address (also what OpenAI-compatible servers answer). */
    public static final String OPENAI_CHAT_COMPLETIONS = "/v1/chat/completions";

    /** Anthropic's messages under its base address. */
    public static final String ANTHROPIC_MESSAGES = "/v1/messages";

    private static final String CONTENT = "\"{{content}}\"";

    /** A chat completion whose message is this text; OpenAI counted 21 tokens in, 9 out (30 in all). */
    public static ResponseDefinitionBuilder openAiChat(String content) {
        return json(200, filled("openai-chat-completion.json", content));
    }

    /**
     * OpenAI's stream of these text deltas to its end: after a first chunk with the role, one chunk per delta, the
     * chunk with the finish reason, the usage chunk (18 tokens in, 6 out) and {@code [DONE]}.
     */
    public static ResponseDefinitionBuilder openAiStream(String... deltas) {
        return sse(openAiEvents(deltas) + resource("openai-stream-end.txt"));
    }

    /** OpenAI's stream cut after these deltas: no finish reason, no usage, no {@code [DONE]}; the connection ends. */
    public static ResponseDefinitionBuilder openAiStreamCut(String... deltas) {
        return sse(openAiEvents(deltas));
    }

    /** OpenAI's error body: 401 (a refused key), 429 (rate limit of the organization) or 500 (server error). */
    public static ResponseDefinitionBuilder openAiError(int status) {
        return json(status, resource("openai-" + status + ".json"));
    }

    /** A message whose one text block is this text; Anthropic counted 19 tokens in, 11 out. */
    public static ResponseDefinitionBuilder anthropicMessage(String text) {
        return json(200, filled("anthropic-message.json", text));
    }

    /**
     * Anthropic's stream of these text deltas to its end: message and content block start, a ping, one
     * {@code content_block_delta} per delta, then content block stop, the message delta with the usage (25 tokens in,
     * 9 out) and message stop.
     */
    public static ResponseDefinitionBuilder anthropicStream(String... deltas) {
        return sse(anthropicEvents(deltas) + resource("anthropic-stream-end.txt"));
    }

    /** Anthropic's stream cut after these deltas: no block stop, no usage, no message stop; the connection ends. */
    public static ResponseDefinitionBuilder anthropicStreamCut(String... deltas) {
        return sse(anthropicEvents(deltas));
    }

    /** Anthropic's error body: 429 (rate limit) or 529 (overloaded). */
    public static ResponseDefinitionBuilder anthropicError(int status) {
        return json(status, resource("anthropic-" + status + ".json"));
    }

    private static String openAiEvents(String... deltas) {
        return resource("openai-stream-start.txt") + repeated("openai-stream-delta.txt", deltas);
    }

    private static String anthropicEvents(String... deltas) {
        return resource("anthropic-stream-start.txt") + repeated("anthropic-stream-delta.txt", deltas);
    }

    private static String repeated(String template, String... texts) {
        StringBuilder events = new StringBuilder();
        for (String text : texts) {
            events.append(filled(template, text));
        }
        return events.toString();
    }

    /** The template with its placeholder replaced by the text as a JSON string. */
    private static String filled(String template, String text) {
        return resource(template).replace(CONTENT, Json.write(text));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream; charset=utf-8")
                .withHeader("Cache-Control", "no-cache")
                .withBody(body);
    }

    private static String resource(String file) {
        try (InputStream in = ProviderStubs.class.getResourceAsStream("providers/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded provider answer " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProviderStubs() {}
}

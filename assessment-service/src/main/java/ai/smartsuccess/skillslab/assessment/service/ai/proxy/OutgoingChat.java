package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything one request sends to the provider, in order: the platform's system prompt (if any), the earlier exchanges
 * of the session's stored chat that fit within the size cap, then the new message. Built on the server only, so the
 * record of the session holds exactly what the model saw.
 *
 * @param system null when no system prompt is sent
 * @param context earlier exchanges, oldest first
 * @param omitted earlier exchanges left out (the oldest) to stay within the size cap
 */
public record OutgoingChat(String system, List<Exchange> context, int omitted, String message) {

    public OutgoingChat {
        context = List.copyOf(context);
    }

    /** One earlier request of the session that was answered: its question and the answer as stored. */
    public record Exchange(UUID requestId, String question, String answer) {

        int chars() {
            return question.length() + answer.length();
        }
    }

    public List<ChatMessage> messages() {
        List<ChatMessage> messages = new ArrayList<>(context.size() * 2 + 2);
        if (system != null) {
            messages.add(SystemMessage.from(system));
        }
        for (Exchange exchange : context) {
            messages.add(UserMessage.from(exchange.question()));
            messages.add(AiMessage.from(exchange.answer()));
        }
        messages.add(UserMessage.from(message));
        return messages;
    }

    /** Conversation messages sent, without the system prompt. */
    public int messageCount() {
        return context.size() * 2 + 1;
    }

    /** The request ids of the exchanges sent, which the tracking record of each earlier request resolves. */
    public List<String> contextRequestIds() {
        return context.stream().map(e -> e.requestId().toString()).toList();
    }

    public long inputTokenEstimate() {
        return TokenEstimate.of(messages());
    }
}

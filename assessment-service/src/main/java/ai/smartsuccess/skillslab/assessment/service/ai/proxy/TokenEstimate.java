package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/**
 * A cautious count of the tokens a request will cost before the provider has counted them, for the reservation: one
 * token per three UTF-8 bytes (English prose takes about four, code about three, most other scripts about one token a
 * character, which is three bytes) plus a few tokens of framing per message. The provider's own count is charged once
 * it answers, so erring high only holds back budget for the length of one call.
 */
final class TokenEstimate {

    static final int PER_MESSAGE = 4;

    static long of(List<ChatMessage> messages) {
        long tokens = 0;
        for (ChatMessage message : messages) {
            tokens += PER_MESSAGE + ofText(text(message));
        }
        return tokens;
    }

    static long ofText(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return (bytes + 2) / 3;
    }

    private static String text(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : "";
        }
        if (message instanceof AiMessage ai) {
            return ai.text();
        }
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        return "";
    }

    private TokenEstimate() {}
}

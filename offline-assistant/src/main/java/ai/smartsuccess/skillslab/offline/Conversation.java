package ai.smartsuccess.skillslab.offline;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate's side of a chat, in order: the offline assistant reads the intent from the last message and the
 * context (names, fields, stack) from all of them.
 */
record Conversation(List<String> userMessages) {

    /**
     * A longer message is read as its start and its end (where a pasted trace ends with the error): every pattern the
     * assistant applies then costs at most this much text.
     */
    static final int MAX_MESSAGE_CHARS = 20_000;

    Conversation {
        userMessages = userMessages.stream().map(Conversation::capped).toList();
    }

    static String capped(String message) {
        if (message == null) {
            return "";
        }
        if (message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        int head = MAX_MESSAGE_CHARS * 2 / 5;
        int tail = MAX_MESSAGE_CHARS - head;
        return message.substring(0, head) + "\n…\n" + message.substring(message.length() - tail);
    }

    static Conversation of(List<ChatMessage> messages) {
        List<String> texts = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user && user.hasSingleText()) {
                texts.add(user.singleText());
            }
        }
        return new Conversation(texts);
    }

    static Conversation of(String... messages) {
        return new Conversation(List.of(messages));
    }

    String last() {
        return userMessages.isEmpty() ? "" : userMessages.get(userMessages.size() - 1);
    }

    /** The earlier messages, newest first. */
    List<String> earlierNewestFirst() {
        List<String> earlier = new ArrayList<>(userMessages.subList(0, Math.max(0, userMessages.size() - 1)));
        java.util.Collections.reverse(earlier);
        return earlier;
    }

    /** Newest first: the last message, then the earlier ones. */
    List<String> newestFirst() {
        List<String> all = new ArrayList<>(userMessages);
        java.util.Collections.reverse(all);
        return all;
    }
}

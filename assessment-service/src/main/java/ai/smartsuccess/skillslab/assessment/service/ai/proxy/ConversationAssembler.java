package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.service.ai.proxy.OutgoingChat.Exchange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds what a request sends from the session's own stored chat ({@code chat_messages}), never from the browser: a
 * client can neither hide a system prompt nor invent the assistant's earlier answers.
 */
@ApplicationScoped
public class ConversationAssembler {

    private final ChatMessageRepository chat;
    private final int maxChars;

    ConversationAssembler(ChatMessageRepository chat, AssessmentConfig config) {
        this.chat = chat;
        this.maxChars = config.ai().maxRequestChars();
    }

    public Uni<OutgoingChat> assemble(UUID assessmentId, String system, String message) {
        return Panache.withSession(() -> chat.history(assessmentId))
                .map(history -> build(history, system, message, maxChars));
    }

    /**
     * Earlier requests count when they were answered (even in part: the candidate read that part); a question whose
     * answer failed or is still on its way is left out, as the model never answered it. The newest exchanges that fit
     * within {@code maxChars}, together with the system prompt and the new message, are sent.
     */
    static OutgoingChat build(List<ChatMessage> history, String system, String message, int maxChars) {
        Map<UUID, String[]> byRequest = new LinkedHashMap<>();
        for (ChatMessage stored : history) {
            String[] pair = byRequest.computeIfAbsent(stored.requestId, id -> new String[2]);
            pair["user".equals(stored.role) ? 0 : 1] = stored.content;
        }
        List<Exchange> answered = new ArrayList<>();
        byRequest.forEach((requestId, pair) -> {
            if (pair[0] != null && pair[1] != null && !pair[1].isEmpty()) {
                answered.add(new Exchange(requestId, pair[0], pair[1]));
            }
        });
        int room = maxChars - message.length() - (system == null ? 0 : system.length());
        List<Exchange> sent = new ArrayList<>();
        for (int i = answered.size() - 1; i >= 0 && answered.get(i).chars() <= room; i--) {
            room -= answered.get(i).chars();
            sent.add(answered.get(i));
        }
        Collections.reverse(sent);
        return new OutgoingChat(system, sent, answered.size() - sent.size(), message);
    }
}

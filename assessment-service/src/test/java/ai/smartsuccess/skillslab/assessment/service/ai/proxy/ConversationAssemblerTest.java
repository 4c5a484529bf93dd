package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a request sends, built from the stored chat alone. */
class ConversationAssemblerTest {

    private final UUID first = UUID.randomUUID();
    private final UUID failed = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID cut = UUID.randomUUID();

    @Test
    void answered_exchanges_in_order_then_the_new_message_and_the_system_prompt_first() {
        List<ChatMessage> stored = new ArrayList<>();
        stored.add(row(first, "user", "Plan it"));
        stored.add(row(second, "user", "And the tests?"));
        // An answer stored after a later question (two requests at once) still pairs with its own question.
        stored.add(row(first, "assistant", "A plan"));
        stored.add(row(failed, "user", "This one failed"));
        stored.add(row(second, "assistant", "Some tests"));
        stored.add(row(cut, "user", "Explain"));
        stored.add(row(cut, "assistant", "Half an ans"));

        OutgoingChat sent = ConversationAssembler.build(stored, "Be brief.", "Next", 10_000);

        assertThat(sent.contextRequestIds()).containsExactly(first.toString(), second.toString(), cut.toString());
        assertThat(sent.omitted()).isZero();
        assertThat(sent.messageCount()).isEqualTo(7);
        assertThat(sent.messages())
                .containsExactly(
                        SystemMessage.from("Be brief."),
                        UserMessage.from("Plan it"),
                        AiMessage.from("A plan"),
                        UserMessage.from("And the tests?"),
                        AiMessage.from("Some tests"),
                        UserMessage.from("Explain"),
                        AiMessage.from("Half an ans"),
                        UserMessage.from("Next"));
        assertThat(sent.inputTokenEstimate()).isGreaterThan(8 * TokenEstimate.PER_MESSAGE);
    }

    @Test
    void the_oldest_exchanges_are_left_out_to_stay_within_the_cap() {
        List<ChatMessage> stored = List.of(
                row(first, "user", "a".repeat(40)),
                row(first, "assistant", "b".repeat(40)),
                row(second, "user", "c".repeat(40)),
                row(second, "assistant", "d".repeat(40)));

        OutgoingChat sent = ConversationAssembler.build(stored, null, "e".repeat(10), 100);

        assertThat(sent.contextRequestIds()).containsExactly(second.toString());
        assertThat(sent.omitted()).isEqualTo(1);
        assertThat(sent.messages()).hasSize(3).first().isEqualTo(UserMessage.from("c".repeat(40)));
    }

    @Test
    void the_estimate_errs_high_for_any_script() {
        assertThat(TokenEstimate.ofText("abcdef")).isEqualTo(2);
        assertThat(TokenEstimate.ofText("日本語")).isEqualTo(3);
        assertThat(TokenEstimate.ofText("")).isZero();
    }

    private static ChatMessage row(UUID requestId, String role, String content) {
        ChatMessage message = new ChatMessage();
        message.id = UUID.randomUUID();
        message.requestId = requestId;
        message.role = role;
        message.content = content;
        message.createdAt = OffsetDateTime.now();
        return message;
    }
}

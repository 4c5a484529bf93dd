package ai.smartsuccess.skillslab.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.ai.OfflineAssistantModel;
import ai.smartsuccess.skillslab.assessment.service.ai.TaskContext;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The offline assistant as a plain langchain4j model: deterministic, useful, safe with the user's text. */
class OfflineAssistantTest {

    private static final TaskContext PYTHON = new TaskContext("Build a REST API", "code_generation", "python", 120);
    private static final TaskContext NODE = new TaskContext("Real-time notifications", "system_design", "node", 240);

    @Test
    void the_same_question_gets_the_same_answer() {
        assertThat(answer(PYTHON, "Plan the steps please")).isEqualTo(answer(PYTHON, "Plan the steps please"));
    }

    @Test
    void a_plan_spreads_the_tasks_time_over_phases() {
        String plan = answer(NODE, "What approach should I take?");
        assertThat(plan)
                .contains("240 minutes")
                .contains("Requirements")
                .contains("Architecture")
                .contains("node --test tests/");
    }

    @Test
    void tests_are_written_in_the_tasks_runtime() {
        assertThat(answer(PYTHON, "write unit tests for add_item(name)"))
                .contains("class TestAddItem(unittest.TestCase)");
        assertThat(answer(NODE, "write unit tests for addItem(name)"))
                .contains("require('node:test')")
                .contains("addItem");
    }

    @Test
    void a_pasted_error_gets_a_debugging_checklist_pointing_at_the_line() {
        String answer = answer(
                PYTHON,
                "Traceback (most recent call last):\n  File \"app.py\", line 7, in <module>\n"
                        + "    total = count / len(items)\nZeroDivisionError: division by zero");
        assertThat(answer)
                .contains("## Debugging checklist")
                .contains("ZeroDivisionError")
                .contains("`app.py` line 7")
                .contains("guard the empty case");
    }

    @Test
    void pasted_code_gets_a_review_with_concrete_findings() {
        String answer = answer(
                PYTHON,
                "Can you review this?\n```python\ndef load(items=[]):\n    try:\n"
                        + "        print(items)\n    except:\n        pass\n    password = \"hunter22\"\n```");
        assertThat(answer)
                .contains("## Code review")
                .contains("mutable default")
                .contains("swallowed")
                .contains("debug output")
                .contains("hard-coded secret");
    }

    @Test
    void it_streams_word_by_word_and_counts_tokens() throws Exception {
        OfflineAssistantModel model = new OfflineAssistantModel(PYTHON, Runnable::run, Duration.ZERO);
        List<String> parts = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(
                ChatRequest.builder()
                        .messages(UserMessage.from("explain idempotency"))
                        .build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                        parts.add(partial);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse response = done.get(5, TimeUnit.SECONDS);
        assertThat(parts).hasSizeGreaterThan(20);
        assertThat(String.join("", parts))
                .isEqualTo(response.aiMessage().text())
                .contains("Idempotency");
        assertThat(response.tokenUsage().outputTokenCount()).isPositive();
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(5);
    }

    private static String answer(TaskContext task, String message) {
        return new OfflineAssistantModel(task, Runnable::run, Duration.ZERO)
                .chat(ChatRequest.builder().messages(UserMessage.from(message)).build())
                .aiMessage()
                .text();
    }
}

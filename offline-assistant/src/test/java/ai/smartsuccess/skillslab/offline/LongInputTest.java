package ai.smartsuccess.skillslab.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A message of one 100,000-character line, shaped to make a regular expression backtrack, is answered promptly. */
class LongInputTest {

    private static final int LENGTH = 100_000;

    static Stream<String> hostileLines() {
        return Stream.of(
                        "a",
                        " ",
                        "a ",
                        "\t",
                        "/a",
                        "/ab",
                        "\"x\": ",
                        "File \"",
                        "abc(",
                        "(",
                        "1",
                        "100 != ",
                        "`",
                        "a.",
                        "a/",
                        "a.js:",
                        ":",
                        "def ",
                        "for ",
                        "TodoStore",
                        "password=\"",
                        "error: ",
                        "todo ",
                        "{{x}}",
                        "a-")
                .map(unit -> unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH));
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void a_100000_character_line_is_answered_within_seconds(String line) {
        for (TaskContext task : new TaskContext[] {
            new TaskContext("Build a REST API", "code_generation", "python", 120),
            new TaskContext("Library service", "code_generation", "node", 90, "Serve a catalogue over HTTP.")
        }) {
            String answer = assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> new OfflineAssistantModel(task, Runnable::run, Duration.ZERO)
                            .chat(ChatRequest.builder()
                                    .messages(UserMessage.from("why does this fail?\n" + line))
                                    .build())
                            .aiMessage()
                            .text());
            assertThat(answer).isNotBlank();
        }
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A prompt of one 100,000-character line, shaped to make a regular expression backtrack, is analysed promptly. */
class LongPromptTest {

    private static final int LENGTH = 100_000;

    final TextAnalyzer analyzer = new TextAnalyzer(
            new TaskVocabulary(TextAnalyzerTest.TASK, ""),
            new WorkspaceVocabulary(
                    List.of("todo_api/store.py"),
                    List.of("class TodoStore:\n    def create(self, title):\n        pass\n")));

    static Stream<String> hostileLines() {
        return Stream.of(
                        "a",
                        " ",
                        "a ",
                        "\t",
                        "a:",
                        ": ",
                        "a.",
                        "a/",
                        "`",
                        "```",
                        "- ",
                        "[x] ",
                        "1",
                        "-> ",
                        "ignore ",
                        "score ",
                        "5 min ",
                        "error ",
                        "todo_api/",
                        "TodoStore.",
                        "must ",
                        "def ",
                        "(")
                .map(unit -> unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH));
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void a_100000_character_line_is_analysed_within_seconds(String line) {
        CandidateText text = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> analyzer.analyze("Fix the handler.\n" + line, Set.of()));
        assertThat(text).isNotNull();
    }
}

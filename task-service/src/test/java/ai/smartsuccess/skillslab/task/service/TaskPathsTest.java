package ai.smartsuccess.skillslab.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "main.py, main.py",
        "./src//app/./main.py, src/app/main.py",
        "src/app/, src/app",
        "hidden_tests/test_x.py, hidden_tests/test_x.py",
        ".gitignore, .gitignore",
        "a..b/c.py, a..b/c.py",
    })
    void normalises_relative_paths(String raw, String expected) {
        assertThat(TaskPaths.normalize("path", raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(
            strings = {
                "../x.py",
                "a/../../x.py",
                "a/..",
                "/etc/passwd",
                "C:/x.py",
                "c:x.py",
                "a\\b.py",
                "~/x",
                " ",
                ".",
                "./",
                "a/ b.py",
                "a /b.py",
                "a\tb.py",
                "a\u0000b.py",
                "a\u007fb.py"
            })
    void refuses_paths_that_leave_or_confuse_the_workspace(String raw) {
        assertThatThrownBy(() -> TaskPaths.normalize("path", raw))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("path"));
    }

    @org.junit.jupiter.api.Test
    void paths_are_at_most_500_characters() {
        String at500 = "d/".repeat(247) + "ab.txt";
        assertThat(TaskPaths.normalize("path", at500)).hasSize(500);
        assertThatThrownBy(() -> TaskPaths.normalize("path", at500 + "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaskPaths.normalize("path", "a".repeat(256)))
                .isInstanceOf(InvalidInputException.class);
    }

    @org.junit.jupiter.api.Test
    void hidden_files_live_under_hidden_tests_only() {
        TaskPaths.checkVisibility("path", "hidden_tests/test_a.py", "hidden");
        TaskPaths.checkVisibility("path", "tests/test_a.py", "starter");
        assertThatThrownBy(() -> TaskPaths.checkVisibility("path", "tests/test_a.py", "hidden"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TaskPaths.checkVisibility("path", "hidden_tests/test_a.py", "starter"))
                .isInstanceOf(InvalidInputException.class);
    }
}

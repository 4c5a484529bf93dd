package ai.smartsuccess.skillslab.sandbox.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspacePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"main.py", "src/app/main.py", "a b/c.txt", ".gitignore", "dir/.env", "x..y", "100%.txt"})
    void accepts_ordinary_relative_paths(String path) {
        assertThat(WorkspacePath.parse(path).value()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "..",
                "../etc/passwd",
                "a/../../b",
                "./a",
                "a/./b",
                "/etc/passwd",
                "~/x",
                "a//b",
                "a/",
                "a\\b",
                "..\\..\\x",
                "a\u0000b",
                "a\nb",
                "%2e%2e%2fetc",
                "..%2Fetc",
                "%2E%2E/x",
                "a%5cb",
                "a%00b"
            })
    void refuses_anything_that_could_leave_the_workspace(String path) {
        assertThatThrownBy(() -> WorkspacePath.parse(path)).isInstanceOf(WorkspacePath.Invalid.class);
    }

    @org.junit.jupiter.api.Test
    void refuses_overlong_paths_and_names() {
        assertThatThrownBy(() -> WorkspacePath.parse("a/".repeat(600) + "b")).isInstanceOf(WorkspacePath.Invalid.class);
        assertThatThrownBy(() -> WorkspacePath.parse("n".repeat(256))).isInstanceOf(WorkspacePath.Invalid.class);
        assertThat(WorkspacePath.parse("hidden_tests/x.py").top()).isEqualTo("hidden_tests");
    }
}

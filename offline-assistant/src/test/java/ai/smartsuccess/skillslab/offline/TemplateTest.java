package ai.smartsuccess.skillslab.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a template is filled: inline values, blocks that take their line with them, and no silent gaps. */
class TemplateTest {

    @Test
    void inline_placeholders_take_their_value_and_a_block_takes_whole_lines() {
        assertThat(Template.fill("test/sample.txt", Map.of("name", "ada", "block", "one\ntwo\n")))
                .isEqualTo("first ada line\none\ntwo\nlast ada\n");
    }

    @Test
    void an_empty_block_removes_its_line() {
        assertThat(Template.fill("test/sample.txt", Map.of("name", "ada", "block", "")))
                .isEqualTo("first ada line\nlast ada\n");
    }

    @Test
    void a_value_is_never_read_as_a_template() {
        assertThat(Template.fill("test/sample.txt", Map.of("name", "{{block}}", "block", "$1 \\n\n")))
                .isEqualTo("first {{block}} line\n$1 \\n\nlast {{block}}\n");
    }

    @Test
    void a_missing_value_a_partial_block_or_a_missing_template_is_an_error() {
        assertThatThrownBy(() -> Template.fill("test/sample.txt", Map.of("name", "ada")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block");
        assertThatThrownBy(() -> Template.fill("test/sample.txt", Map.of("name", "ada", "block", "no newline")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole lines");
        assertThatThrownBy(() -> Template.fill("test/none.txt", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on the class path");
    }
}

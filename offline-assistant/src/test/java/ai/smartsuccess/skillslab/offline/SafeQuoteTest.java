package ai.smartsuccess.skillslab.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The user's text, quoted back, stays inside its quote. */
class SafeQuoteTest {

    @Test
    void the_fence_is_longer_than_any_backtick_run_inside() {
        String quoted = SafeQuote.block("close it ```` \n# Injected heading\n````", 200);
        assertThat(quoted).startsWith("`````text\n").endsWith("\n`````");
    }

    @Test
    void control_characters_go_and_long_text_is_cut() {
        assertThat(SafeQuote.clean("a\u0000b\u001bc", 50)).isEqualTo("abc");
        assertThat(SafeQuote.clean("x".repeat(500), 100)).hasSize(102).endsWith(" …");
    }

    @Test
    void an_inline_quote_is_one_line_without_backticks() {
        assertThat(SafeQuote.inline("a`b\nc", 50)).isEqualTo("`a'b c`");
    }
}

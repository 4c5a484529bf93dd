package ai.smartsuccess.skillslab.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void what_people_type_is_allowed() {
        assertThat(UntrustedText.singleLineProblem("Zoë <Z> D'Arcy & \"Co\" 🚀 עברית"))
                .isEmpty();
        assertThat(UntrustedText.multiLineProblem("Hi Ada,\r\n\n\tsee you soon"))
                .isEmpty();
        assertThat(UntrustedText.singleLineProblem(null)).isEmpty();
    }

    @Test
    void control_characters_are_refused_with_their_place() {
        assertThat(UntrustedText.singleLineProblem("Bell\u0007"))
                .contains("must not contain control characters" + " (found U+0007 at position 5)");
        assertThat(UntrustedText.singleLineProblem("two\nlines")).isPresent();
        assertThat(UntrustedText.singleLineProblem("tab\there")).isPresent();
        assertThat(UntrustedText.singleLineProblem("del\u007F")).isPresent();
        assertThat(UntrustedText.multiLineProblem("C1 \u0085 next line")).isPresent();
        assertThat(UntrustedText.multiLineProblem("lone\rreturn")).isPresent();
        assertThat(UntrustedText.multiLineProblem("nul\u0000")).isPresent();
        assertThat(UntrustedText.multiLineProblem("🚀\u0001"))
                .contains("must not contain control characters" + " (found U+0001 at position 2)");
    }

    @Test
    void text_direction_overrides_and_isolates_are_refused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertThat(UntrustedText.multiLineProblem("invoice" + Character.toString(c) + "fdp.exe"))
                    .as("U+%04X", c)
                    .get()
                    .asString()
                    .startsWith("must not contain text-direction controls");
        }
        // Marks that only nudge neutral characters (LRM, RLM) and the zero-width joiner stay allowed.
        assertThat(UntrustedText.singleLineProblem("a\u200Eb\u200Fc\u200Dd")).isEmpty();
    }
}

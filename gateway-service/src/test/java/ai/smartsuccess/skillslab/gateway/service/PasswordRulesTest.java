package ai.smartsuccess.skillslab.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final String EMAIL = "ada.lovelace@example.org";

    private static Optional<String> rule(String password) {
        return PasswordRules.violation(password, EMAIL).map(FieldError::message);
    }

    @Test
    void twelve_characters_at_least() {
        assertThat(rule("Eleven-char")).contains("must be at least 12 characters long");
        assertThat(rule("twelve-chars")).isEmpty();
        // Characters, not UTF-16 units: six emoji are six characters.
        assertThat(rule("🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀")).contains("must be at least 12 characters long");
        assertThat(rule("x".repeat(129))).contains("must be at most 128 characters long");
    }

    @Test
    void not_the_address_nor_its_name() {
        assertThat(rule("ADA.LOVELACE@example.org")).contains("must not contain your email address");
        assertThat(rule("my-ada.lovelace@example.org!")).contains("must not contain your email address");
        assertThat(rule("Ada.Lovelace-1815")).contains("must not contain the part of your email address before the @");
        assertThat(PasswordRules.violation("abc-is-a-fine-start", "abc@example.org"))
                .isEmpty();
    }

    @Test
    void not_a_common_password_even_with_digits_or_symbols_added() {
        assertThat(rule("qwertyuiop123")).get().asString().startsWith("is one of the most common passwords");
        assertThat(rule("Password1234!")).get().asString().startsWith("is one of the most common passwords");
        assertThat(rule("1q2w3e4r5t6y")).get().asString().startsWith("is one of the most common passwords");
        assertThat(rule("iloveyou2026")).get().asString().startsWith("is one of the most common passwords");
        assertThat(rule("correct-horse-battery")).isEmpty();
        assertThat(rule("demo-password")).isEmpty();
    }
}

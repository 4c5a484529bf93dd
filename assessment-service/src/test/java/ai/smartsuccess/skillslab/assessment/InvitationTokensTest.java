package ai.smartsuccess.skillslab.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.InvitationTokens;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invitation links carry 256 random bits; only their hash is kept. */
class InvitationTokensTest {

    @Test
    void a_token_is_32_random_bytes_in_url_safe_base64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(InvitationTokens.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void the_stored_hash_is_the_hex_sha256_and_reveals_nothing_of_the_token() {
        String token = InvitationTokens.newToken();
        String hash = InvitationTokens.hash(token);
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(InvitationTokens.hash(token)).isEqualTo(hash);
        assertThat(InvitationTokens.hash(InvitationTokens.newToken())).isNotEqualTo(hash);
        // The SHA-256 of "abc", so that other services could check a link the same way.
        assertThat(InvitationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anything_else_is_not_a_token() {
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("")).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(42))).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(44))).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(InvitationTokens.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}

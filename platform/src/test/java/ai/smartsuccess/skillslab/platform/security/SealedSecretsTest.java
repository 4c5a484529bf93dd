package ai.smartsuccess.skillslab.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealedSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SealedSecrets secrets = new SealedSecrets(KEY, "test.key", "test secret");

    @Test
    void opensWhatItSealedForTheSameRow() {
        byte[] sealed = secrets.seal("sk-live-123", "owner|openai");

        assertThat(secrets.open(sealed, "owner|openai")).isEqualTo("sk-live-123");
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("sk-live-123");
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        assertThat(secrets.seal("same", "row")).isNotEqualTo(secrets.seal("same", "row"));
    }

    @Test
    void aValueCopiedToAnotherRowDoesNotOpenAndSaysNothingMore() {
        byte[] sealed = secrets.seal("sk-live-123", "alice|openai");

        assertThatThrownBy(() -> secrets.open(sealed, "mallory|openai"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a stored test secret could not be decrypted")
                .hasNoCause();
    }

    @Test
    void aTamperedOrTruncatedValueDoesNotOpen() {
        byte[] sealed = secrets.seal("sk-live-123", "row");
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> secrets.open(sealed, "row")).hasMessage("a stored test secret could not be decrypted");
        assertThatThrownBy(() -> secrets.open(new byte[5], "row"))
                .hasMessage("a stored test secret could not be decrypted");
    }

    @Test
    void anotherKeyDoesNotOpen() {
        byte[] other = new byte[32];
        other[0] = 1;
        SealedSecrets rotated = new SealedSecrets(Base64.getEncoder().encodeToString(other), "test.key", "test secret");

        assertThatThrownBy(() -> rotated.open(secrets.seal("v", "row"), "row"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyThatIsNot32BytesOfBase64NamingTheSetting() {
        assertThatThrownBy(() -> new SealedSecrets("c2hvcnQ=", "test.key", "x"))
                .hasMessage("test.key must be 32 bytes, base64-encoded");
        assertThatThrownBy(() -> new SealedSecrets("not base64!", "test.key", "x"))
                .hasMessage("test.key must be 32 bytes, base64-encoded");
    }
}

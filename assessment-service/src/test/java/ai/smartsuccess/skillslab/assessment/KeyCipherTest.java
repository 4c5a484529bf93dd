package ai.smartsuccess.skillslab.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyCipher;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM for stored provider keys. */
class KeyCipherTest {

    private final KeyCipher cipher = cipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void a_key_round_trips_and_two_encryptions_differ() {
        byte[] first = cipher.encrypt("sk-secret-1234", "user-1", "openai");
        byte[] second = cipher.encrypt("sk-secret-1234", "user-1", "openai");
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("sk-secret");
        assertThat(cipher.decrypt(first, "user-1", "openai")).isEqualTo("sk-secret-1234");
    }

    @Test
    void a_ciphertext_moved_to_another_owner_or_tampered_with_does_not_decrypt() {
        byte[] sealed = cipher.encrypt("sk-secret-1234", "user-1", "openai");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "user-2", "openai")).hasMessageNotContaining("sk-secret");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed, "user-1", "openai")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_at_startup() {
        assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    /** The config mapping is an interface: a proxy answers the one property the cipher reads. */
    private static KeyCipher cipher(String base64Key) {
        InvocationHandler ai = (proxy, method, args) -> method.getName().equals("keyEncryptionKey") ? base64Key : null;
        Object aiConfig = Proxy.newProxyInstance(
                KeyCipherTest.class.getClassLoader(),
                new Class<?>[] {ai.smartsuccess.skillslab.assessment.config.AssessmentConfig.Ai.class},
                ai);
        InvocationHandler root = (proxy, method, args) -> method.getName().equals("ai") ? aiConfig : null;
        Object config = Proxy.newProxyInstance(
                KeyCipherTest.class.getClassLoader(),
                new Class<?>[] {ai.smartsuccess.skillslab.assessment.config.AssessmentConfig.class},
                root);
        try {
            Constructor<KeyCipher> constructor = KeyCipher.class.getDeclaredConstructor(
                    ai.smartsuccess.skillslab.assessment.config.AssessmentConfig.class);
            constructor.setAccessible(true);
            return constructor.newInstance(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

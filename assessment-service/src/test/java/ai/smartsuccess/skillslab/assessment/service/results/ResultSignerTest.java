package ai.smartsuccess.skillslab.assessment.service.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ResultSignerTest {

    /** The X.509 prefix of an Ed25519 public key; the raw 32 bytes follow. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    @Test
    void the_published_key_verifies_what_the_private_key_signed() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ResultSigner signer = new ResultSigner(
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        String x = signer.keySet().keys().get(0).x();
        assertThat(Base64.getUrlDecoder().decode(x)).isEqualTo(ResultSigner.rawPublicKey(pair.getPublic()));

        String text = "{\"a\":1}";
        byte[] signature = Base64.getUrlDecoder().decode(signer.sign(text));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(fromJwk(x));
        verifier.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(signature)).isTrue();
        verifier.initVerify(fromJwk(x));
        verifier.update("{\"a\":2}".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(signature)).isFalse();
    }

    @Test
    void the_key_id_is_stable_and_differs_between_keys() throws Exception {
        KeyPair one = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair two = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String encoded = Base64.getEncoder().encodeToString(one.getPrivate().getEncoded());
        assertThat(new ResultSigner(encoded).keyId()).isEqualTo(new ResultSigner(encoded).keyId());
        assertThat(new ResultSigner(encoded).keyId())
                .isNotEqualTo(new ResultSigner(Base64.getEncoder()
                                .encodeToString(two.getPrivate().getEncoded()))
                        .keyId());
    }

    @Test
    void an_unreadable_key_names_the_setting_and_not_the_value() {
        assertThatThrownBy(() -> new ResultSigner("bm90LWEta2V5"))
                .hasMessageContaining("skillslab.results.signing-key")
                .hasMessageNotContaining("bm90LWEta2V5");
    }

    static PublicKey fromJwk(String x) throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        byte[] encoded = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}

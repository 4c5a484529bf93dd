package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.config.ResultsConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Signs public results with the installation's Ed25519 key ({@code skillslab.results.signing-key}) and publishes its
 * public half as a JWK. Created at start, so that a missing or unreadable key stops the start with the setting's name
 * rather than failing the first share. The key id is the RFC 7638 thumbprint of the public JWK.
 */
@Startup
@ApplicationScoped
public class ResultSigner {

    static final String SETTING = "skillslab.results.signing-key";
    static final String VARIABLE = "RESULTS_SIGNING_KEY";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** One JSON Web Key of {@code /.well-known/skills-lab-keys.json}. */
    public record Jwk(String kty, String crv, String kid, String x, String use, String alg) {}

    public record KeySet(List<Jwk> keys) {}

    private final PrivateKey privateKey;
    private final Jwk jwk;

    @Inject
    ResultSigner(ResultsConfig config) {
        this(config.signingKey()
                .filter(key -> !key.isBlank())
                .orElseThrow(() -> new IllegalStateException("Refusing to start: " + SETTING
                        + " is not set. Set the environment variable " + VARIABLE
                        + " to an Ed25519 private key, base64 of its PKCS#8 encoding"
                        + " (openssl genpkey -algorithm ed25519 -outform DER | base64 -w0).")));
    }

    ResultSigner(String pkcs8Base64) {
        try {
            this.privateKey = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.strip())));
            byte[] x = rawPublicKey(publicKeyOf(privateKey));
            String xText = URL.encodeToString(x);
            String thumbprint = URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + xText + "\"}")
                            .getBytes(StandardCharsets.UTF_8)));
            this.jwk = new Jwk("OKP", "Ed25519", thumbprint, xText, "sig", "EdDSA");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The value is never printed: it is a secret.
            throw new IllegalStateException(
                    SETTING + " (" + VARIABLE + ") is not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public String keyId() {
        return jwk.kid();
    }

    public KeySet keySet() {
        return new KeySet(List.of(jwk));
    }

    /** The base64url (unpadded) Ed25519 signature of the text's UTF-8 bytes. */
    public String sign(String canonicalText) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(canonicalText.getBytes(StandardCharsets.UTF_8));
            return URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** The raw 32-byte key: the last 32 bytes of its X.509 (SubjectPublicKeyInfo) encoding. */
    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /**
     * The public half of an Ed25519 private key. The JDK derives it only when generating a pair, from the 32 random
     * bytes that are the private key: handing the generator those bytes as its randomness gives back the same pair.
     */
    static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        byte[] seed = ((EdECPrivateKey) key)
                .getBytes()
                .orElseThrow(() -> new GeneralSecurityException("the private key's bytes are not readable"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(255, new FixedBytes(seed));
        KeyPair pair = generator.generateKeyPair();
        if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(null), seed)) {
            throw new GeneralSecurityException("could not derive the public key");
        }
        return pair.getPublic();
    }

    /** Randomness that is exactly the given bytes, once. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("unexpected request for " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}

package ai.smartsuccess.skillslab.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secrets kept at rest (candidates' provider keys, webhook signing secrets). Each value gets a fresh
 * 96-bit nonce stored in front of the ciphertext; the caller binds the row the value belongs to as associated data, so
 * a ciphertext copied to another row does not decrypt.
 */
public final class SealedSecrets {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String what;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Key base64 of 32 bytes
     * @param configKey the setting the key comes from, named when it is unusable
     * @param what what the values are, named (and nothing more) when one does not decrypt
     */
    public SealedSecrets(String base64Key, String configKey, String what) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new IllegalStateException(configKey + " must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.what = what;
    }

    public byte[] seal(String plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String open(byte[] stored, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            // Wrong key, tampered or truncated value, or another row's value: never say more.
            throw new IllegalStateException("a stored " + what + " could not be decrypted");
        }
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for candidates' provider keys. Each value gets a fresh 96-bit nonce; the owner and provider are bound as
 * associated data, so a ciphertext copied to another user's row does not decrypt.
 */
@ApplicationScoped
public class KeyCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    KeyCipher(AssessmentConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.ai().keyEncryptionKey());
        if (raw.length != 32) {
            throw new IllegalStateException("skillslab.ai.key-encryption-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public byte[] encrypt(String plain, String owner, String provider) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(owner, provider));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String decrypt(byte[] stored, String owner, String provider) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(aad(owner, provider));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key, tampered value or another owner's row: never say more.
            throw new IllegalStateException("a stored provider key could not be decrypted");
        }
    }

    private static byte[] aad(String owner, String provider) {
        return (owner + "|" + provider).getBytes(StandardCharsets.UTF_8);
    }
}

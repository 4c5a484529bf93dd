package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.security.SealedSecrets;
import jakarta.enterprise.context.ApplicationScoped;

/** Candidates' provider keys at rest: the owner and provider are bound to each sealed value. */
@ApplicationScoped
public class KeyCipher {

    private final SealedSecrets secrets;

    KeyCipher(AssessmentConfig config) {
        this.secrets =
                new SealedSecrets(config.ai().keyEncryptionKey(), "skillslab.ai.key-encryption-key", "provider key");
    }

    public byte[] encrypt(String plain, String owner, String provider) {
        return secrets.seal(plain, owner + "|" + provider);
    }

    public String decrypt(byte[] stored, String owner, String provider) {
        return secrets.open(stored, owner + "|" + provider);
    }

    /** The base URL of a candidate's own server, sealed apart from the key (it cannot be opened as one). */
    public byte[] encryptBaseUrl(String plain, String owner, String provider) {
        return secrets.seal(plain, owner + "|" + provider + "|base-url");
    }

    public String decryptBaseUrl(byte[] stored, String owner, String provider) {
        return secrets.open(stored, owner + "|" + provider + "|base-url");
    }
}

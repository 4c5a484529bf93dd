package ai.smartsuccess.skillslab.notification.service.webhook;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.platform.security.SealedSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Webhook signing secrets at rest: the owner and webhook are bound to each sealed value. */
@ApplicationScoped
public class SecretCipher {

    private final SealedSecrets secrets;

    @Inject
    SecretCipher(NotificationConfig config) {
        this(config.webhooks().secretEncryptionKey());
    }

    /** @param base64Key base64 of 32 bytes */
    public SecretCipher(String base64Key) {
        this.secrets = new SealedSecrets(base64Key, "skillslab.webhooks.secret-encryption-key", "webhook secret");
    }

    public byte[] encrypt(String secret, String owner, UUID webhookId) {
        return secrets.seal(secret, aad(owner, webhookId));
    }

    public String decrypt(byte[] stored, String owner, UUID webhookId) {
        return secrets.open(stored, aad(owner, webhookId));
    }

    private static String aad(String owner, UUID webhookId) {
        return "webhook|" + owner + "|" + webhookId;
    }
}

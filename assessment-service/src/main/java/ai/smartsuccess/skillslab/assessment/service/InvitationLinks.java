package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyCipher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The access links of invitations: {@code <web base url>/invite/<token>}. A link finds its invitation by the token's
 * SHA-256; while the invitation waits to be accepted, the token is also kept AES-GCM encrypted (the cipher of the
 * candidates' provider keys, bound to the invitation's id) so that the sender can copy the link again. Tokens and links
 * are never logged.
 */
@ApplicationScoped
public class InvitationLinks {

    /** Bound into the ciphertext with the invitation's id: a sealed token decrypts only for its own invitation. */
    static final String PURPOSE = "invitation-link";

    private final KeyCipher cipher;
    private final String base;

    InvitationLinks(KeyCipher cipher, AssessmentConfig config) {
        this.cipher = cipher;
        String configured = config.web().baseUrl();
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** Gives the invitation a new token (an earlier link stops working) and answers its link. */
    String issue(Invitation invitation) {
        String token = InvitationTokens.newToken();
        invitation.tokenHash = InvitationTokens.hash(token);
        invitation.tokenEncrypted = cipher.encrypt(token, invitation.id.toString(), PURPOSE);
        return url(token);
    }

    /** The invitation's current link, or null when its token is not kept (made before tokens were, or not waiting). */
    public String recover(Invitation invitation) {
        if (invitation.tokenEncrypted == null) {
            return null;
        }
        return url(cipher.decrypt(invitation.tokenEncrypted, invitation.id.toString(), PURPOSE));
    }

    /** Once nobody can accept the invitation any more, its link need not be recoverable. */
    static void forget(Invitation invitation) {
        invitation.tokenEncrypted = null;
    }

    private String url(String token) {
        return base + "/invite/" + token;
    }
}

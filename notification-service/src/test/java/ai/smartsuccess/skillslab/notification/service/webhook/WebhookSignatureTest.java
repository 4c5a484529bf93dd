package ai.smartsuccess.skillslab.notification.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.notification.support.Webhooks;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void the_signature_is_hmac_sha256_over_timestamp_dot_body() {
        // Computed independently: printf '1700000000.{"id":1}' | openssl dgst -sha256 -hmac whsec_test
        String header = WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"id\":1}");
        assertThat(header)
                .isEqualTo("t=1700000000,v1=2f441ba4b3b2d50d28a9ab9d9fd8880376ecd1eb5d0435401553f5d8d0a5dcf8");
        assertThat(Webhooks.verifies(header, "{\"id\":1}", "whsec_test")).isTrue();
        assertThat(Webhooks.verifies(header, "{\"id\":2}", "whsec_test")).isFalse();
        assertThat(Webhooks.verifies(header, "{\"id\":1}", "whsec_other")).isFalse();
    }

    @Test
    void new_secrets_are_long_random_and_prefixed() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 43).doesNotContain("=", "+", "/");
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void a_secret_sealed_for_one_webhook_opens_only_there() {
        SecretCipher cipher = new SecretCipher("c2tpbGxzLWxhYi1sb2NhbC13ZWJob29rLXNlY3JldHM=");
        java.util.UUID webhook = java.util.UUID.randomUUID();
        byte[] sealed = cipher.encrypt("whsec_abc", "owner-1", webhook);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("whsec_abc");
        assertThat(cipher.decrypt(sealed, "owner-1", webhook)).isEqualTo("whsec_abc");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(sealed, "owner-2", webhook))
                .hasMessageNotContaining("whsec_abc");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> cipher.decrypt(sealed, "owner-1", java.util.UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }
}

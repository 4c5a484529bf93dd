package ai.smartsuccess.skillslab.notification.service.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a delivery is ours and recent: {@code Skills-Lab-Signature: t=<unix seconds>,v1=<hex>}, where
 * v1 is HMAC-SHA256 with the webhook's secret over {@code <t>.<body>}. The receiver recomputes it over the raw body and
 * rejects old timestamps.
 */
public final class WebhookSignature {

    public static final String HEADER = "Skills-Lab-Signature";
    public static final String EVENT_HEADER = "Skills-Lab-Event";
    public static final String DELIVERY_HEADER = "Skills-Lab-Delivery";

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    public static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** A new secret: {@code whsec_} and 32 random bytes, base64url. */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private WebhookSignature() {}
}

package ai.smartsuccess.skillslab.notification.support;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What a receiver does with a delivery: check its signature as the API documents it, independently of our code. */
public final class Webhooks {

    private static final Pattern SIGNATURE = Pattern.compile("^t=(\\d+),v1=([0-9a-f]{64})$");

    /** Whether {@code header} ({@code t=<unix>,v1=<hex>}) is HMAC-SHA256 over {@code <t>.<body>} with {@code secret}. */
    public static boolean verifies(String header, String body, String secret) {
        Matcher matcher = SIGNATURE.matcher(header == null ? "" : header);
        if (!matcher.matches()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of()
                    .formatHex(mac.doFinal((matcher.group(1) + "." + body).getBytes(StandardCharsets.UTF_8)));
            return expected.equals(matcher.group(2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature's timestamp (unix seconds). */
    public static long timestamp(String header) {
        Matcher matcher = SIGNATURE.matcher(header);
        if (!matcher.matches()) {
            throw new AssertionError("not a signature: " + header);
        }
        return Long.parseLong(matcher.group(1));
    }

    private Webhooks() {}
}

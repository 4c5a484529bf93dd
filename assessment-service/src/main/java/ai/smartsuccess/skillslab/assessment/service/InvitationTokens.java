package ai.smartsuccess.skillslab.assessment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Access tokens of invitation links (J15): 32 bytes from {@link SecureRandom} (256 bits), URL-safe base64 without
 * padding (43 characters). Only the SHA-256 of a token is stored, so the database never holds a usable link; an
 * unguessable token needs no slow hash.
 */
public final class InvitationTokens {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} could be one of ours; anything else is unknown without asking the database. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Hex SHA-256 of the token's characters. */
    public static String hash(String token) {
        return sha256Hex(token);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private InvitationTokens() {}
}

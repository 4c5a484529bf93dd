package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new password must be: long enough (the realm's {@code passwordPolicy} asks the same length, and that its
 * password is neither the username nor the email), free of the account's address, and none of the most common passwords
 * ({@code accounts/common-passwords.txt}), not even with digits or symbols appended. Each refusal names its rule.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The local part of an address shorter than this is too common a string to forbid in a password. */
    private static final int MIN_LOCAL_PART = 4;

    private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\d\\p{Punct}\\s]+$");

    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    /** The first rule {@code password} breaks for an account of {@code email}, if any. */
    public static Optional<FieldError> violation(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldError("password", "is required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new FieldError("password", "must be at least " + MIN_LENGTH + " characters long"));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new FieldError("password", "must be at most " + MAX_LENGTH + " characters long"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.isEmpty() && lower.contains(address)) {
            return Optional.of(new FieldError("password", "must not contain your email address"));
        }
        int at = address.lastIndexOf('@');
        String localPart = at > 0 ? address.substring(0, at) : "";
        if (localPart.length() >= MIN_LOCAL_PART && lower.contains(localPart)) {
            return Optional.of(
                    new FieldError("password", "must not contain the part of your email address before the @"));
        }
        if (isCommon(lower)) {
            return Optional.of(new FieldError(
                    "password",
                    "is one of the most common passwords (or one with digits or symbols added); choose"
                            + " one that is harder to guess"));
        }
        return Optional.empty();
    }

    /** Whether a lower-case password is a common one, as it is or without the digits and symbols it ends with. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceFirst("");
        return !stem.isEmpty() && COMMON.contains(stem);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PasswordRules() {}
}

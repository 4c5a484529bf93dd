package ai.smartsuccess.skillslab.gateway.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new account, in the design's three sign-up steps (type, details, email verification). The account type is only a
 * request: the server validates it and grants the matching realm role itself. {@code returnTo} is the web app's path
 * the person continues on once verified and signed in (an invitation, say).
 */
public record SignUpRequest(
        @NotNull @Pattern(regexp = "individual|business", message = "must be individual or business")
        String accountType,

        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,

        // Length and the other rules: PasswordRules, which names the rule a password breaks.
        @NotNull
        @Schema(
                minLength = PasswordRules.MIN_LENGTH,
                maxLength = PasswordRules.MAX_LENGTH,
                description = "12 to 128 characters, not containing the email address (nor its part before the @),"
                        + " and not one of the most common passwords, even with digits or symbols added")
        String password,

        @Size(max = 255) String companyName,
        String companySize,
        String companyIndustry,
        @Size(max = 2000) String returnTo) {}

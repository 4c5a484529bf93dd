package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Keycloak's answer when it refuses a user's details (HTTP 400) and words it as this API's field errors. Keycloak
 * answers one {@code {"field", "errorMessage", "params"}} object, or several under {@code errors}; its field names are
 * its user-profile attributes and its messages are message keys, neither of which a client of this API knows.
 */
public final class KeycloakRefusals {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keycloak's user-profile attributes under the names of this API's fields. */
    private static final Map<String, String> FIELDS = Map.of(
            "firstName", "firstName",
            "lastName", "lastName",
            "email", "email",
            // The username is the email address in this realm.
            "username", "email",
            "company_name", "companyName",
            "company_size", "companySize",
            "company_industry", "companyIndustry");

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("error-invalid-email", "is not a valid email address"),
            Map.entry(
                    "error-non-ascii-local-part-email",
                    "may use only unaccented letters, digits and punctuation before the @"),
            Map.entry("error-invalid-length-too-long", "is too long"),
            Map.entry("error-invalid-length-too-short", "is too short"),
            Map.entry("error-invalid-length", "has a length that is not allowed"),
            Map.entry("error-person-name-invalid-character", "contains characters that are not allowed"),
            Map.entry("error-username-invalid-character", "contains characters that are not allowed"),
            Map.entry("error-user-attribute-required", "is required"),
            Map.entry("missingEmailMessage", "is required"),
            Map.entry("missingFirstNameMessage", "is required"),
            Map.entry("missingLastNameMessage", "is required"),
            Map.entry("error-invalid-value", "is not valid"),
            Map.entry("error-invalid-blank", "must not be blank"));

    private static final String UNKNOWN_REASON = "was refused by the identity provider";

    /** The rules of the realm's {@code passwordPolicy}, by the key Keycloak names a broken one with. */
    private static final Map<String, String> PASSWORD_RULES = Map.of(
            "invalidPasswordMinLengthMessage", "is shorter than the identity provider allows",
            "invalidPasswordMaxLengthMessage", "is longer than the identity provider allows",
            "invalidPasswordNotUsernameMessage", "must not be your username",
            "invalidPasswordNotEmailMessage", "must not be your email address");

    private static final String UNKNOWN_PASSWORD_RULE = "does not follow the identity provider's password rules";

    /**
     * The field errors in Keycloak's answer. A refusal that names no field is put on {@code fallbackField}, so that a
     * client always learns which input to correct.
     */
    public static List<FieldError> read(String body, String fallbackField) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        List<FieldError> errors = new ArrayList<>();
        String passwordRule = root == null ? "" : root.path("error").asText("");
        if (passwordRule.startsWith("invalidPassword")) {
            // The realm's passwordPolicy refused the password: {"error": "invalidPassword...Message", ...}.
            return List.of(
                    new FieldError("password", PASSWORD_RULES.getOrDefault(passwordRule, UNKNOWN_PASSWORD_RULE)));
        }
        if (root != null && root.path("errors").isArray()) {
            root.path("errors").forEach(error -> errors.add(fieldError(error, fallbackField)));
        } else if (root != null && root.isObject()) {
            errors.add(fieldError(root, fallbackField));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError(fallbackField, UNKNOWN_REASON));
        }
        return List.copyOf(errors);
    }

    private static FieldError fieldError(JsonNode error, String fallbackField) {
        String field = error.path("field").asText("");
        String key = error.path("errorMessage").asText("");
        return new FieldError(
                field.isEmpty() ? fallbackField : FIELDS.getOrDefault(field, field),
                MESSAGES.getOrDefault(key, UNKNOWN_REASON));
    }

    private KeycloakRefusals() {}
}

package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules of the sign-up form that go beyond single fields. */
public final class AccountRules {

    public static final List<String> COMPANY_SIZES = List.of("1-10", "11-50", "51-200", "201-500", "500+");
    public static final List<String> INDUSTRIES =
            List.of("technology", "finance", "healthcare", "retail", "manufacturing", "other");

    /** Every violation at once, so the form can show them all. */
    public static List<FieldError> violations(SignUpRequest request) {
        List<FieldError> errors = new ArrayList<>();
        nameViolation("firstName", request.firstName()).ifPresent(errors::add);
        nameViolation("lastName", request.lastName()).ifPresent(errors::add);
        returnToViolation(request.returnTo()).ifPresent(errors::add);
        boolean business = "business".equals(request.accountType());
        if (business) {
            if (isBlank(request.companyName()) || request.companyName().strip().length() < 2) {
                errors.add(new FieldError("companyName", "is required for a business account"));
            }
            if (request.companySize() == null || !COMPANY_SIZES.contains(request.companySize())) {
                errors.add(new FieldError("companySize", "must be one of " + String.join(", ", COMPANY_SIZES)));
            }
            if (request.companyIndustry() == null || !INDUSTRIES.contains(request.companyIndustry())) {
                errors.add(new FieldError("companyIndustry", "must be one of " + String.join(", ", INDUSTRIES)));
            }
        } else {
            if (!isBlank(request.companyName())) {
                errors.add(new FieldError("companyName", "is only for business accounts"));
            }
            if (request.companySize() != null) {
                errors.add(new FieldError("companySize", "is only for business accounts"));
            }
            if (request.companyIndustry() != null) {
                errors.add(new FieldError("companyIndustry", "is only for business accounts"));
            }
        }
        if (business) {
            nameViolation("companyName", request.companyName()).ifPresent(errors::add);
        }
        PasswordRules.violation(request.password(), request.email()).ifPresent(errors::add);
        return errors;
    }

    /**
     * A name (a person's, a company's) may hold any character a person can type ({@code <}, quotes, accents, emoji:
     * output is escaped where it is shown); control characters and text-direction overrides are not typed, can make a
     * name read as something else, and cannot be stored.
     */
    public static Optional<FieldError> nameViolation(String field, String value) {
        return UntrustedText.singleLineProblem(value).map(problem -> new FieldError(field, problem));
    }

    /** Where to continue after verification: a path of the web app only, never another site. */
    public static Optional<FieldError> returnToViolation(String returnTo) {
        if (returnTo == null) {
            return Optional.empty();
        }
        boolean path = returnTo.startsWith("/")
                && !returnTo.startsWith("//")
                && !returnTo.startsWith("/\\")
                && returnTo.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
        return path ? Optional.empty() : Optional.of(new FieldError("returnTo", "must be a path of this site"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private AccountRules() {}
}

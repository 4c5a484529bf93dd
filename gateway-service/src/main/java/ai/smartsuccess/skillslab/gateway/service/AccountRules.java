package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.service.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules of the sign-up form that go beyond single fields. */
public final class AccountRules {

    public static final List<String> COMPANY_SIZES = List.of("1-10", "11-50", "51-200", "201-500", "500+");
    public static final List<String> INDUSTRIES =
            List.of("technology", "finance", "healthcare", "retail", "manufacturing", "other");
    private static final Set<String> TRIVIAL_PASSWORDS = Set.of("password", "12345678", "123456789", "qwertyui");

    /** Every violation at once, so the form can show them all. */
    public static List<FieldError> violations(SignUpRequest request) {
        List<FieldError> errors = new ArrayList<>();
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
        String password = request.password() == null ? "" : request.password();
        if (TRIVIAL_PASSWORDS.contains(password.toLowerCase(java.util.Locale.ROOT))
                || (request.email() != null && password.equalsIgnoreCase(request.email()))) {
            errors.add(new FieldError("password", "is too easy to guess"));
        }
        return errors;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private AccountRules() {}
}

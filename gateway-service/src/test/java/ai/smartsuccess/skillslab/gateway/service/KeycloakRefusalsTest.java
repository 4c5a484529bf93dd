package ai.smartsuccess.skillslab.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class KeycloakRefusalsTest {

    @Test
    void one_refused_attribute_names_the_field() {
        assertThat(KeycloakRefusals.read(
                        "{\"field\":\"lastName\",\"errorMessage\":\"error-invalid-length-too-long\",\"params\":[\"lastName\",null,255]}",
                        "email"))
                .containsExactly(new FieldError("lastName", "is too long"));
    }

    @Test
    void several_refused_attributes_are_all_named_under_this_apis_field_names() {
        assertThat(KeycloakRefusals.read(
                        "{\"errors\":[{\"field\":\"email\",\"errorMessage\":\"error-non-ascii-local-part-email\"},"
                                + "{\"field\":\"username\",\"errorMessage\":\"error-username-invalid-character\"},"
                                + "{\"field\":\"company_name\",\"errorMessage\":\"error-invalid-length-too-long\"}]}",
                        "firstName"))
                .extracting(FieldError::field)
                .containsExactly("email", "email", "companyName");
    }

    @Test
    void a_refusal_without_a_field_or_a_known_message_still_names_an_input() {
        assertThat(KeycloakRefusals.read("{\"errorMessage\":\"something new\"}", "firstName"))
                .containsExactly(new FieldError("firstName", "was refused by the identity provider"));
        assertThat(KeycloakRefusals.read("Bad Request", "email"))
                .containsExactly(new FieldError("email", "was refused by the identity provider"));
        assertThat(KeycloakRefusals.read(null, "email")).hasSize(1);
    }

    @Test
    void a_password_the_realms_policy_refuses_names_the_password_and_the_rule() {
        assertThat(KeycloakRefusals.read(
                        "{\"error\":\"invalidPasswordMinLengthMessage\",\"error_description\":\"Invalid password:"
                                + " minimum length 12.\"}",
                        "email"))
                .containsExactly(new FieldError("password", "is shorter than the identity provider allows"));
        assertThat(KeycloakRefusals.read("{\"error\":\"invalidPasswordNotEmailMessage\"}", "email"))
                .containsExactly(new FieldError("password", "must not be your email address"));
        assertThat(KeycloakRefusals.read("{\"error\":\"invalidPasswordHistoryMessage\"}", "email"))
                .containsExactly(new FieldError("password", "does not follow the identity provider's password rules"));
    }
}

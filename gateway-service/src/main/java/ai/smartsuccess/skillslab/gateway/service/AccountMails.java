package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The account email Keycloak has no template for: someone signed up with an address that already has an account. Its
 * owner learns that (the one answering the sign-up does not), with a link to sign in and one to reset the password.
 */
@ApplicationScoped
public class AccountMails {

    static final String SIGN_UP_ATTEMPT_SUBJECT = "Someone tried to create a Skills Lab account with your address";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signUpAttempt(String signInUrl, String resetUrl);

        static native TemplateInstance signUpAttemptText(String signInUrl, String resetUrl);
    }

    private final Mailer mailer;
    private final GatewayConfig config;

    AccountMails(Mailer mailer, GatewayConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** Blocking. */
    public void sendSignUpAttempt(String address) {
        String signIn =
                config.accounts().signInUrl() + (config.accounts().signInUrl().contains("?") ? "&" : "?") + "email="
                        + URLEncoder.encode(address, StandardCharsets.UTF_8);
        String reset = resetPasswordUrl();
        mailer.send(Mail.withHtml(
                        address,
                        SIGN_UP_ATTEMPT_SUBJECT,
                        Templates.signUpAttempt(signIn, reset).render())
                .setText(Templates.signUpAttemptText(signIn, reset).render()));
    }

    /** Keycloak's "forgot password" page of the web app's client. */
    String resetPasswordUrl() {
        String authority = config.web().oidcAuthority().replaceAll("/+$", "");
        return authority + "/login-actions/reset-credentials?client_id="
                + URLEncoder.encode(config.accounts().webClientId(), StandardCharsets.UTF_8);
    }
}

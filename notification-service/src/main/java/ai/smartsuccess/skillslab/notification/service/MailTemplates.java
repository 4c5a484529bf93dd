package ai.smartsuccess.skillslab.notification.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The emails the platform sends, as type-checked Qute templates under {@code templates/MailTemplates}. */
@CheckedTemplate(basePath = "MailTemplates")
final class MailTemplates {

    static native TemplateInstance scoreReady(
            String name, String taskTitle, String score, String levelName, String summary, String resultsUrl);

    static native TemplateInstance scoringFailed(String name, String taskTitle, String reason, String dashboardUrl);

    /** @param reminder the sender asked for the invitation to be emailed again */
    static native TemplateInstance invitation(
            String recipientName,
            String companyName,
            String senderName,
            String taskTitle,
            String message,
            String accessUrl,
            String expires,
            boolean reminder);

    /** The same invitation as plain text, for mail clients that do not show HTML. */
    static native TemplateInstance invitationText(
            String recipientName,
            String companyName,
            String senderName,
            String taskTitle,
            String message,
            String accessUrl,
            String expires,
            boolean reminder);

    /** The reminder that a waiting invitation expires soon, with its link. */
    static native TemplateInstance invitationExpiring(
            String recipientName,
            String companyName,
            String senderName,
            String taskTitle,
            String accessUrl,
            String expires);

    /** The same reminder as plain text. */
    static native TemplateInstance invitationExpiringText(
            String recipientName,
            String companyName,
            String senderName,
            String taskTitle,
            String accessUrl,
            String expires);

    /** A business's notice about a candidate of its task (the same words as the in-app notification). */
    static native TemplateInstance businessNotice(
            String name, String title, String body, String linkUrl, String settingsUrl);

    static native TemplateInstance businessNoticeText(
            String name, String title, String body, String linkUrl, String settingsUrl);

    private MailTemplates() {}
}

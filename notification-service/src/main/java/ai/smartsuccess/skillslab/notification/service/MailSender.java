package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.model.AssessmentContact;
import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Turns a delivery into an email and hands it to the SMTP server. */
@ApplicationScoped
public class MailSender {

    /** @param text the plain-text alternative, or null for an HTML-only message */
    public record Message(String to, String subject, String html, String text) {

        Message(String to, String subject, String html) {
            this(to, subject, html, null);
        }
    }

    private final ReactiveMailer mailer;
    private final String baseUrl;

    MailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.baseUrl = config.web().baseUrl().replaceAll("/+$", "");
    }

    Message compose(Delivery delivery, AssessmentContact contact) {
        Map<String, Object> p = delivery.payload;
        if (delivery.kind.startsWith("business-")) {
            return businessNotice(delivery);
        }
        return switch (delivery.kind) {
            case NotificationService.SCORE_READY -> {
                String score = new BigDecimal(p.get("finalScore").toString())
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
                String level = Levels.displayName((String) p.get("proficiencyLevel"));
                yield new Message(
                        contact.email,
                        "Your Skills Lab score: " + score + "/100 (" + level + ")",
                        MailTemplates.scoreReady(
                                        contact.name,
                                        contact.taskTitle,
                                        score,
                                        level,
                                        (String) p.get("summary"),
                                        baseUrl + "/results/" + delivery.assessmentId)
                                .render());
            }
            case NotificationService.SCORING_FAILED ->
                new Message(
                        contact.email,
                        "We could not score your Skills Lab session yet",
                        MailTemplates.scoringFailed(
                                        contact.name,
                                        contact.taskTitle,
                                        (String) p.get("reason"),
                                        baseUrl + "/dashboard")
                                .render());
            case NotificationService.INVITATION -> invitation(delivery, false);
            case NotificationService.INVITATION_REMINDER -> invitation(delivery, true);
            case NotificationService.INVITATION_EXPIRING -> expiring(delivery);
            default -> throw new IllegalStateException("unknown delivery kind " + delivery.kind);
        };
    }

    /** The business's notice, worded as in the app, from the facts recorded with the delivery. */
    @SuppressWarnings("unchecked")
    private Message businessNotice(Delivery delivery) {
        Map<String, Object> p = delivery.payload;
        NoticeTexts.Facts facts = new NoticeTexts.Facts(
                NoticeKind.of((String) p.get("kind")).orElseThrow(),
                (String) p.get("subjectName"),
                (String) p.get("taskTitle"),
                p.get("details") instanceof Map<?, ?> details ? (Map<String, Object>) details : Map.of());
        String name = p.get("recipientName") instanceof String n && !n.isBlank() ? n : "there";
        String link = p.get("link") instanceof String l ? baseUrl + l : baseUrl + "/business";
        String settings = baseUrl + "/account";
        String title = NoticeTexts.title(facts);
        String body = NoticeTexts.body(facts);
        return new Message(
                delivery.recipient,
                NoticeTexts.subject(facts),
                MailTemplates.businessNotice(name, title, body, link, settings).render(),
                MailTemplates.businessNoticeText(name, title, body, link, settings)
                        .render());
    }

    private static Message invitation(Delivery delivery, boolean reminder) {
        Map<String, Object> p = delivery.payload;
        // Every field here is the business's words (escaped by the templates): none may carry an address a mail
        // client would turn into a link, or a company named "Verify at bank.example" could phish in our name.
        String recipientName = businessWords(p, "recipientName");
        String companyName = businessWords(p, "companyName");
        String senderName = businessWords(p, "senderName");
        String taskTitle = businessWords(p, "taskTitle");
        String subject = companyName + " invites you to a Skills Lab assessment: " + taskTitle;
        String message = businessWords(p, "message");
        String accessUrl = (String) p.get("accessUrl");
        String expires = (String) p.get("expires");
        return new Message(
                delivery.recipient,
                reminder ? "Reminder: " + subject : subject,
                MailTemplates.invitation(
                                recipientName,
                                companyName,
                                senderName,
                                taskTitle,
                                message,
                                accessUrl,
                                expires,
                                reminder)
                        .render(),
                MailTemplates.invitationText(
                                recipientName,
                                companyName,
                                senderName,
                                taskTitle,
                                // A quote, as plain-text mail marks one: each line after "> ".
                                message == null ? null : "> " + message.replaceAll("\r?\n", "\n> "),
                                accessUrl,
                                expires,
                                reminder)
                        .render());
    }

    /** The reminder shortly before a waiting invitation expires: when it does, and the same link. */
    private static Message expiring(Delivery delivery) {
        Map<String, Object> p = delivery.payload;
        String recipientName = businessWords(p, "recipientName");
        String companyName = businessWords(p, "companyName");
        String senderName = businessWords(p, "senderName");
        String taskTitle = businessWords(p, "taskTitle");
        String accessUrl = (String) p.get("accessUrl");
        String expires = (String) p.get("expires");
        return new Message(
                delivery.recipient,
                "Your invitation from " + companyName + " expires soon: " + taskTitle,
                MailTemplates.invitationExpiring(recipientName, companyName, senderName, taskTitle, accessUrl, expires)
                        .render(),
                MailTemplates.invitationExpiringText(
                                recipientName, companyName, senderName, taskTitle, accessUrl, expires)
                        .render());
    }

    /** A field a business wrote for a stranger, with every address defanged ({@link QuotedText}). */
    private static String businessWords(Map<String, Object> payload, String field) {
        return QuotedText.defang((String) payload.get(field));
    }

    Uni<Void> send(Message message) {
        Mail mail = Mail.withHtml(message.to(), MailSubjects.encode(message.subject()), message.html());
        if (message.text() != null) {
            mail.setText(message.text());
        }
        return mailer.send(mail);
    }
}

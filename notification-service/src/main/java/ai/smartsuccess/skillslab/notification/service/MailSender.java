package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.config.NotificationConfig;
import ai.smartsuccess.skillslab.notification.model.AssessmentContact;
import ai.smartsuccess.skillslab.notification.model.Delivery;
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

    public record Message(String to, String subject, String html) {}

    private final ReactiveMailer mailer;
    private final String baseUrl;

    MailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.baseUrl = config.web().baseUrl().replaceAll("/+$", "");
    }

    Message compose(Delivery delivery, AssessmentContact contact) {
        Map<String, Object> p = delivery.payload;
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
            case NotificationService.INVITATION ->
                new Message(
                        delivery.recipient,
                        p.get("companyName") + " invites you to a Skills Lab assessment: " + p.get("taskTitle"),
                        MailTemplates.invitation(
                                        (String) p.get("recipientName"),
                                        (String) p.get("companyName"),
                                        (String) p.get("senderName"),
                                        (String) p.get("taskTitle"),
                                        (String) p.get("message"),
                                        (String) p.get("accessUrl"),
                                        (String) p.get("expires"))
                                .render());
            default -> throw new IllegalStateException("unknown delivery kind " + delivery.kind);
        };
    }

    Uni<Void> send(Message message) {
        return mailer.send(Mail.withHtml(message.to(), message.subject(), message.html()));
    }
}

package ai.smartsuccess.skillslab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.notification.support.DeadLetters;
import ai.smartsuccess.skillslab.notification.support.Inbox;
import ai.smartsuccess.skillslab.notification.support.Inbox.Received;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitation emails as the recipient's mail client reads them: InvitationCreated/Resent/ExpiringSoon on Kafka in,
 * GreenMail out.
 */
@QuarkusTest
class InvitationEmailTest {

    private static final String TOPIC = "test.invitations";
    private static final Instant EXPIRY = Instant.parse("2026-12-21T18:00:00Z");

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    KafkaEvents events;

    @BeforeEach
    void connect() {
        KafkaEvents.awaitAssigned(kafkaClients, List.of("invitations"));
        events = new KafkaEvents(json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void an_emoji_in_the_task_title_reaches_the_subject_intact() {
        String email = "emoji-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation = TestEvents.invitation(email, "Ship it 🚀 — a REST API 🐍", EXPIRY, "en-GB");
        events.send(TOPIC, invitation);

        Received mail = Inbox.awaitMessages(email, 1).get(0);
        String expected = "Acme ✨ GmbH invites you to a Skills Lab assessment: Ship it 🚀 — a REST API 🐍";
        assertThat(mail.subject()).isEqualTo(expected);
        // The header travels as RFC 2047 encoded words (ASCII only), never as question marks.
        assertThat(mail.rawSubject()).startsWith("=?UTF-8?").doesNotContain("??", "=3F=3F");
        assertThat(mail.rawSubject().chars()).allMatch(c -> c < 128);
        assertThat(mail.html()).contains("Ship it 🚀 — a REST API 🐍", "Acme ✨ GmbH", "Zoë Example");
    }

    @Test
    void the_expiry_is_a_readable_date_in_the_invitations_language_with_the_zone_named() {
        String british = "en-gb-" + UUID.randomUUID() + "@example.test";
        String german = "de-" + UUID.randomUUID() + "@example.test";
        String unspecified = "no-locale-" + UUID.randomUUID() + "@example.test";
        events.send(TOPIC, TestEvents.invitation(british, "Build an API", EXPIRY, "en-GB"));
        events.send(TOPIC, TestEvents.invitation(german, "Build an API", EXPIRY, "de"));
        events.send(TOPIC, TestEvents.invitation(unspecified, "Build an API", EXPIRY, null));

        assertThat(Inbox.awaitMessages(british, 1).get(0).html())
                .contains("Monday, 21 December 2026, 18:00 UTC")
                .doesNotContain("2026-12-21T18:00:00Z");
        assertThat(Inbox.awaitMessages(german, 1).get(0).html()).contains("Montag, 21. Dezember 2026, 18:00 UTC");
        // No locale (events from before it existed): English.
        assertThat(Inbox.awaitMessages(unspecified, 1).get(0).html())
                .contains("Monday, December 21, 2026")
                .contains("UTC");
    }

    @Test
    void the_email_is_branded_with_a_button_the_plain_link_the_company_and_its_message() {
        String email = "branded-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation = TestEvents.invitation(email, "Build an API", EXPIRY, "en-GB");
        events.send(TOPIC, invitation);

        Received mail = Inbox.awaitMessages(email, 1).get(0);
        String link = invitation.accessUrl();
        assertThat(mail.html())
                .contains("Skills Lab")
                .contains("href=\"" + link + "\"")
                .contains(">Open the invitation<")
                // The plain link below the button, for clients that do not show buttons.
                .contains(">" + link + "<")
                .contains("Acme ✨ GmbH", "Blake Business", "Build an API")
                // The sender's message is text, never markup, quoted and labelled as theirs.
                .contains("&lt;b&gt;work&lt;/b&gt;")
                .doesNotContain("<b>work</b>")
                .contains("Message from Blake Business, Acme ✨ GmbH (their words, not Skills Lab")
                .contains("<blockquote");
        assertThat(mail.text().replace("\r\n", "\n"))
                .contains(link, "Acme ✨ GmbH", "Monday, 21 December 2026, 18:00 UTC")
                .contains("> We would love to see how you <b>work</b> with AI.\n> See you soon!");
        // Once the email is out, the service keeps no copy of the link.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TestDatabase.value(
                                "select count(*) from notification.deliveries where event_id = ? and status = 'sent'"
                                        + " and payload::text not like ?",
                                invitation.eventId(),
                                "%" + link + "%"))
                        .isEqualTo(1L));
    }

    @Test
    void addresses_in_the_senders_message_are_not_links() {
        String email = "links-" + UUID.randomUUID() + "@example.test";
        InvitationCreated base = TestEvents.invitation(email, "Build an API", EXPIRY, "en-GB");
        InvitationCreated invitation = new InvitationCreated(
                base.eventId(),
                base.type(),
                base.schemaVersion(),
                base.occurredAt(),
                base.invitationId(),
                base.taskId(),
                base.taskTitle(),
                base.senderId(),
                base.senderName(),
                base.companyName(),
                base.recipientEmail(),
                base.recipientName(),
                "Urgent: verify your account at https://skills-lab.login.example/verify or www.evil.example"
                        + " <a href=\"https://evil.example\">here</a>",
                base.accessUrl(),
                base.expiresAt(),
                base.locale());
        events.send(TOPIC, invitation);

        Received mail = Inbox.awaitMessages(email, 1).get(0);
        assertThat(mail.html())
                .contains("https[://]skills-lab[.]login[.]example/verify", "www[.]evil[.]example")
                .contains("&lt;a href=&quot;https[://]evil[.]example&quot;&gt;here&lt;/a&gt;")
                .doesNotContain("skills-lab.login.example", "evil.example")
                // The only links are the platform's own.
                .doesNotContainPattern("href=\"(?!" + java.util.regex.Pattern.quote(invitation.accessUrl()) + ")");
        assertThat(mail.text())
                .contains("> Urgent: verify your account at https[://]skills-lab[.]login[.]example/verify")
                .doesNotContain("skills-lab.login.example");
    }

    @Test
    void addresses_in_the_company_sender_recipient_and_task_names_are_not_links_either() {
        String email = "names-" + UUID.randomUUID() + "@example.test";
        InvitationCreated base = TestEvents.invitation(email, "Build an API", EXPIRY, "en-GB");
        InvitationCreated invitation = new InvitationCreated(
                base.eventId(),
                base.type(),
                base.schemaVersion(),
                base.occurredAt(),
                base.invitationId(),
                base.taskId(),
                "Sign in again at https://skills-lab.login.example",
                base.senderId(),
                "help@payroll.example",
                "Verify at bank.example",
                base.recipientEmail(),
                "Reset at www.evil.example",
                null,
                base.accessUrl(),
                base.expiresAt(),
                base.locale());
        events.send(TOPIC, invitation);

        Received mail = Inbox.awaitMessages(email, 1).get(0);
        assertThat(mail.subject())
                .isEqualTo("Verify at bank[.]example invites you to a Skills Lab assessment:"
                        + " Sign in again at https[://]skills-lab[.]login[.]example");
        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body)
                    .contains("bank[.]example", "help@payroll[.]example", "www[.]evil[.]example")
                    .doesNotContain("bank.example", "payroll.example", "evil.example", "skills-lab.login.example");
        }
        assertThat(mail.html())
                .doesNotContainPattern("href=\"(?!" + java.util.regex.Pattern.quote(invitation.accessUrl()) + ")");

        events.send(TOPIC, TestEvents.expiringSoon(invitation));
        Received reminder = Inbox.awaitMessages(email, 2).get(1);
        assertThat(reminder.subject()).contains("bank[.]example", "skills-lab[.]login[.]example");
        assertThat(reminder.html() + reminder.text())
                .doesNotContain("bank.example", "payroll.example", "evil.example", "skills-lab.login.example");
    }

    @Test
    void a_resent_invitation_is_emailed_again_once_per_event() {
        String email = "resent-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation = TestEvents.invitation(email, "Build 🚀 an API", EXPIRY, "de");
        events.send(TOPIC, invitation);
        Inbox.awaitMessages(email, 1);

        InvitationResent resent = TestEvents.resent(invitation, 1);
        events.send(TOPIC, resent);
        List<Received> inbox = Inbox.awaitMessages(email, 2);
        Received reminder = inbox.get(1);
        assertThat(reminder.subject())
                .isEqualTo("Reminder: Acme ✨ GmbH invites you to a Skills Lab assessment: Build 🚀 an API");
        assertThat(reminder.html()).contains("href=\"" + invitation.accessUrl() + "\"", "21. Dezember 2026");

        // The same events again (a redelivery) send nothing more.
        events.send(TOPIC, resent);
        events.send(TOPIC, invitation);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(60))
                .until(() -> Inbox.messages(email).size() == 2);
    }

    @Test
    void an_invitation_about_to_expire_is_reminded_once_with_its_link_and_expiry() {
        String email = "expiring-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation = TestEvents.invitation(email, "Build 🚀 an API", EXPIRY, "en-GB");
        events.send(TOPIC, invitation);
        Inbox.awaitMessages(email, 1);

        InvitationExpiringSoon expiring = TestEvents.expiringSoon(invitation);
        events.send(TOPIC, expiring);
        Received reminder = Inbox.awaitMessages(email, 2).get(1);
        assertThat(reminder.subject()).isEqualTo("Your invitation from Acme ✨ GmbH expires soon: Build 🚀 an API");
        assertThat(reminder.html())
                .contains(">Reminder<")
                .contains("href=\"" + invitation.accessUrl() + "\"")
                .contains(">" + invitation.accessUrl() + "<")
                .contains("Zoë Example", "Blake Business", "Build 🚀 an API")
                .contains("It expires on <strong>Monday, 21 December 2026, 18:00 UTC</strong>");
        assertThat(reminder.text())
                .startsWith("REMINDER: your invitation from Acme ✨ GmbH expires soon")
                .contains(invitation.accessUrl(), "Monday, 21 December 2026, 18:00 UTC");

        // A redelivery of the reminder sends nothing more.
        events.send(TOPIC, expiring);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(60))
                .until(() -> Inbox.messages(email).size() == 2);
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_and_newer_fields_or_types_are_tolerated() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String email = "tolerant-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation = TestEvents.invitation(email, "Build an API", EXPIRY, "en-GB");
        try (DeadLetters dlq = new DeadLetters(TOPIC + ".dlq")) {
            events.send(TOPIC, poisonKey, "this is not an event");
            events.send(TOPIC, "future-" + UUID.randomUUID(), "{\"type\":\"InvitationFromTheFuture\",\"x\":1}");
            // A field a newer producer added does not stop the email.
            String withNewField = events.serialized(invitation).replaceFirst("\\{", "{\"addedLater\":true,");
            events.send(TOPIC, invitation.key(), withNewField);

            assertThat(Inbox.awaitMessages(email, 1)).hasSize(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.contains(poisonKey));
        }
    }
}

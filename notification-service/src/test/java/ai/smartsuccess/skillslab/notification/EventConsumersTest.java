package ai.smartsuccess.skillslab.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpiringSoon;
import ai.smartsuccess.skillslab.contracts.events.InvitationResent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.notification.model.Delivery;
import ai.smartsuccess.skillslab.notification.repository.AssessmentContactRepository;
import ai.smartsuccess.skillslab.notification.repository.DeliveryRepository;
import ai.smartsuccess.skillslab.notification.support.DeadLetters;
import ai.smartsuccess.skillslab.notification.support.Inbox;
import ai.smartsuccess.skillslab.notification.support.Inbox.Received;
import ai.smartsuccess.skillslab.notification.support.KafkaEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every consumer, on the real Kafka broker: an event that gained fields a newer producer added is handled as before; a
 * record it cannot read (not JSON, not an event, a field it relies on missing, a schema version it does not know) goes
 * to the topic's dead-letter queue with its bytes unchanged, and nothing else happens (no email, no stored contact, no
 * forgotten person).
 */
@QuarkusTest
class EventConsumersTest {

    private static final String LIFECYCLE = "test.assessment-lifecycle";
    private static final String SCORES = "test.score-results";
    private static final String INVITATIONS = "test.invitations";
    private static final String ACCOUNTS = "test.account-lifecycle";
    private static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafkaClients;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AssessmentContactRepository contacts;

    KafkaEvents events;

    @BeforeEach
    void connect() {
        KafkaEvents.awaitAssigned(
                kafkaClients, List.of("assessment-lifecycle", "score-results", "invitations", "account-lifecycle"));
        events = new KafkaEvents(json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    // --- score-results --------------------------------------------------------------------------------------------

    @Test
    void a_score_with_fields_a_newer_producer_added_is_still_emailed() {
        UUID assessmentId = UUID.randomUUID();
        String email = "score-newer-" + assessmentId + "@example.test";
        events.send(LIFECYCLE, TestEvents.submitted(assessmentId, email));
        ScoreComputed scored = TestEvents.scored(assessmentId, 72.456, "architect");
        // An event type added to the topic later is skipped, not dead-lettered (same key: read before the score).
        byte[] laterType =
                bytes("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"ScoreAppealed\",\"schemaVersion\":1,"
                        + "\"occurredAt\":\"" + Instant.now() + "\",\"assessmentId\":\"" + assessmentId + "\"}");

        try (DeadLetters dlq = new DeadLetters(SCORES + ".dlq")) {
            events.send(SCORES, scored.key(), laterType);
            events.send(SCORES, scored.key(), withAddedFields(scored));

            Received mail = Inbox.awaitMessages(email, 1).get(0);
            assertThat(mail.subject()).isEqualTo("Your Skills Lab score: 72.5/100 (AI Architect)");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !dlq.contains(laterType));
        }
    }

    @Test
    void unreadable_score_results_are_dead_lettered_and_email_nothing() {
        UUID assessmentId = UUID.randomUUID();
        String email = "score-unreadable-" + assessmentId + "@example.test";
        events.send(LIFECYCLE, TestEvents.submitted(assessmentId, email));
        // The candidate is known: a score read from any of the records below would be emailed at once.
        await().atMost(Duration.ofSeconds(30)).until(() -> contactExists(assessmentId));
        ScoreComputed withoutAssessment = TestEvents.scored(assessmentId, 55.0, "operator");
        ScoreComputed withoutScore = TestEvents.scored(assessmentId, 55.0, "operator");
        byte[] garbage = garbage();
        byte[] notAnEvent = bytes("{\"hello\":\"world\"}");
        byte[] noAssessment = changed(withoutAssessment, node -> node.remove("assessmentId"));
        byte[] noScore = changed(withoutScore, node -> node.remove("finalScore"));

        try (DeadLetters dlq = new DeadLetters(SCORES + ".dlq")) {
            events.send(SCORES, "garbage-" + assessmentId, garbage);
            events.send(SCORES, "hello-" + assessmentId, notAnEvent);
            events.send(SCORES, withoutAssessment.key(), noAssessment);
            events.send(SCORES, withoutScore.key(), noScore);

            awaitDeadLettered(dlq, garbage, notAnEvent, noAssessment, noScore);
            assertThat(dlq.reason(noAssessment)).get().asString().contains("assessmentId");
            assertThat(dlq.reason(noScore)).get().asString().contains("finalScore");
        }
        assertThat(delivery(withoutAssessment.eventId())).isNull();
        assertThat(delivery(withoutScore.eventId())).isNull();
        assertThat(Inbox.messages(email)).isEmpty();

        // Nothing was recorded for the assessment either: its real score is the one (and only) email.
        events.send(SCORES, TestEvents.scored(assessmentId, 81.0, "architect"));
        List<Received> inbox = Inbox.awaitMessages(email, 1);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).subject()).isEqualTo("Your Skills Lab score: 81/100 (AI Architect)");
    }

    // --- invitations ----------------------------------------------------------------------------------------------

    @Test
    void invitations_with_fields_a_newer_producer_added_are_still_emailed() {
        String email = "invitation-newer-" + UUID.randomUUID() + "@example.test";
        InvitationCreated created =
                TestEvents.invitation(email, "Build an API", Instant.now().plusSeconds(86400), "en");
        InvitationResent resent = TestEvents.resent(created, 1);

        events.send(INVITATIONS, created.key(), withAddedFields(created));
        Inbox.awaitMessages(email, 1);
        events.send(INVITATIONS, resent.key(), withAddedFields(resent));

        List<Received> inbox = Inbox.awaitMessages(email, 2);
        assertThat(inbox.get(0).html()).contains(created.accessUrl());
        assertThat(inbox.get(1).subject()).startsWith("Reminder: ");
    }

    @Test
    void unreadable_invitations_are_dead_lettered_and_email_nothing() {
        String email = "invitation-unreadable-" + UUID.randomUUID() + "@example.test";
        Instant expiry = Instant.now().plusSeconds(86400);
        InvitationCreated withoutRecipient = TestEvents.invitation(email, "Build an API", expiry, "en");
        InvitationResent withoutLink = TestEvents.resent(TestEvents.invitation(email, "Build an API", expiry, "en"), 1);
        byte[] garbage = garbage();
        byte[] notAnEvent = bytes("[1, 2, 3]");
        byte[] noRecipient = changed(withoutRecipient, node -> node.remove("recipientEmail"));
        byte[] noLink = changed(withoutLink, node -> node.putNull("accessUrl"));

        try (DeadLetters dlq = new DeadLetters(INVITATIONS + ".dlq")) {
            events.send(INVITATIONS, "garbage-" + UUID.randomUUID(), garbage);
            events.send(INVITATIONS, "array-" + UUID.randomUUID(), notAnEvent);
            events.send(INVITATIONS, withoutRecipient.key(), noRecipient);
            events.send(INVITATIONS, withoutLink.key(), noLink);

            awaitDeadLettered(dlq, garbage, notAnEvent, noRecipient, noLink);
            assertThat(dlq.reason(noRecipient)).get().asString().contains("recipientEmail");
            assertThat(dlq.reason(noLink)).get().asString().contains("accessUrl");
        }
        assertThat(delivery(withoutRecipient.eventId())).isNull();
        assertThat(delivery(withoutLink.eventId())).isNull();
        assertThat(Inbox.messages(email)).isEmpty();

        InvitationCreated readable = TestEvents.invitation(email, "Build an API", expiry, "en");
        events.send(INVITATIONS, readable);
        List<Received> inbox = Inbox.awaitMessages(email, 1);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).html()).contains(readable.accessUrl());
    }

    @Test
    void an_expiry_reminder_with_fields_a_newer_producer_added_is_still_emailed() {
        String email = "expiring-newer-" + UUID.randomUUID() + "@example.test";
        InvitationExpiringSoon expiring = TestEvents.expiringSoon(
                TestEvents.invitation(email, "Build an API", Instant.now().plusSeconds(3600), "en"));

        events.send(INVITATIONS, expiring.key(), withAddedFields(expiring));

        Received mail = Inbox.awaitMessages(email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your invitation from Acme ✨ GmbH expires soon: Build an API");
        assertThat(mail.html()).contains(expiring.accessUrl());
    }

    @Test
    void unreadable_expiry_reminders_are_dead_lettered_and_email_nothing() {
        String email = "expiring-unreadable-" + UUID.randomUUID() + "@example.test";
        InvitationCreated invitation =
                TestEvents.invitation(email, "Build an API", Instant.now().plusSeconds(3600), "en");
        InvitationExpiringSoon withoutLink = TestEvents.expiringSoon(invitation);
        InvitationExpiringSoon withoutRecipient = TestEvents.expiringSoon(invitation);
        InvitationExpiringSoon ofALaterVersion = TestEvents.expiringSoon(invitation);
        byte[] garbage = garbage();
        byte[] noLink = changed(withoutLink, node -> node.remove("accessUrl"));
        byte[] noRecipient = changed(withoutRecipient, node -> node.putNull("recipientEmail"));
        byte[] laterVersion = changed(ofALaterVersion, node -> node.put("schemaVersion", 2));

        try (DeadLetters dlq = new DeadLetters(INVITATIONS + ".dlq")) {
            events.send(INVITATIONS, "garbage-" + UUID.randomUUID(), garbage);
            events.send(INVITATIONS, invitation.key(), noLink);
            events.send(INVITATIONS, invitation.key(), noRecipient);
            events.send(INVITATIONS, invitation.key(), laterVersion);

            awaitDeadLettered(dlq, garbage, noLink, noRecipient, laterVersion);
            assertThat(dlq.reason(noLink)).get().asString().contains("accessUrl");
            assertThat(dlq.reason(noRecipient)).get().asString().contains("recipientEmail");
            assertThat(dlq.reason(laterVersion)).get().asString().contains("schema version 2");
        }
        assertThat(delivery(withoutLink.eventId())).isNull();
        assertThat(delivery(withoutRecipient.eventId())).isNull();
        assertThat(delivery(ofALaterVersion.eventId())).isNull();
        assertThat(Inbox.messages(email)).isEmpty();

        // Nothing was recorded for those events: the readable one is the one email.
        InvitationExpiringSoon readable = TestEvents.expiringSoon(invitation);
        events.send(INVITATIONS, readable);
        List<Received> inbox = Inbox.awaitMessages(email, 1);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).subject()).startsWith("Your invitation from ");
    }

    // --- assessment-lifecycle -------------------------------------------------------------------------------------

    @Test
    void a_submission_with_fields_a_newer_producer_added_still_brings_the_candidate() {
        UUID assessmentId = UUID.randomUUID();
        String email = "submitted-newer-" + assessmentId + "@example.test";
        AssessmentSubmitted submitted = TestEvents.submitted(assessmentId, email);

        events.send(LIFECYCLE, submitted.key(), withAddedFields(submitted, "candidate", "task", "hiddenTests"));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactExists(assessmentId));
        events.send(SCORES, TestEvents.scored(assessmentId, 38.0, "explorer"));

        assertThat(Inbox.awaitMessages(email, 1).get(0).subject())
                .isEqualTo("Your Skills Lab score: 38/100 (AI Explorer)");
    }

    @Test
    void unreadable_lifecycle_events_are_dead_lettered_and_remember_no_one() {
        AssessmentSubmitted withoutEmail = TestEvents.submitted(UUID.randomUUID(), "nobody@example.test");
        AssessmentSubmitted ofALaterVersion =
                TestEvents.submitted(UUID.randomUUID(), "later-" + UUID.randomUUID() + "@example.test");
        byte[] garbage = garbage();
        byte[] notAnEvent = bytes("\"AssessmentSubmitted\"");
        byte[] noEmail = changed(withoutEmail, node -> ((ObjectNode) node.get("candidate")).remove("email"));
        byte[] laterVersion = changed(ofALaterVersion, node -> node.put("schemaVersion", 2));

        try (DeadLetters dlq = new DeadLetters(LIFECYCLE + ".dlq")) {
            events.send(LIFECYCLE, "garbage-" + UUID.randomUUID(), garbage);
            events.send(LIFECYCLE, "string-" + UUID.randomUUID(), notAnEvent);
            events.send(LIFECYCLE, withoutEmail.key(), noEmail);
            events.send(LIFECYCLE, ofALaterVersion.key(), laterVersion);

            awaitDeadLettered(dlq, garbage, notAnEvent, noEmail, laterVersion);
            assertThat(dlq.reason(noEmail)).get().asString().contains("candidate.email");
            assertThat(dlq.reason(laterVersion)).get().asString().contains("schema version 2");
        }
        assertThat(contactExists(withoutEmail.assessmentId())).isFalse();
        assertThat(contactExists(ofALaterVersion.assessmentId())).isFalse();
    }

    // --- account-lifecycle ----------------------------------------------------------------------------------------

    @Test
    void an_account_deletion_with_fields_a_newer_producer_added_still_forgets_the_person() {
        UUID assessmentId = UUID.randomUUID();
        AssessmentSubmitted submitted =
                TestEvents.submitted(assessmentId, "forget-newer-" + assessmentId + "@example.test");
        events.send(LIFECYCLE, submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> contactExists(assessmentId));

        AccountDeleted deleted = AccountDeleted.of(submitted.candidate().userId(), "individual");
        events.send(ACCOUNTS, deleted.key(), withAddedFields(deleted));

        await().atMost(Duration.ofSeconds(30)).until(() -> !contactExists(assessmentId));
    }

    @Test
    void unreadable_account_events_are_dead_lettered_and_forget_no_one() {
        UUID assessmentId = UUID.randomUUID();
        AssessmentSubmitted submitted = TestEvents.submitted(assessmentId, "keep-" + assessmentId + "@example.test");
        events.send(LIFECYCLE, submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> contactExists(assessmentId));
        String userId = submitted.candidate().userId();
        AccountDeleted withoutUser = AccountDeleted.of(userId, "individual");
        AccountDeleted ofALaterVersion = AccountDeleted.of(userId, "individual");
        byte[] garbage = garbage();
        byte[] notAnEvent = bytes("{}");
        byte[] noUser = changed(withoutUser, node -> node.remove("userId"));
        byte[] laterVersion = changed(ofALaterVersion, node -> node.put("schemaVersion", 2));

        try (DeadLetters dlq = new DeadLetters(ACCOUNTS + ".dlq")) {
            events.send(ACCOUNTS, "garbage-" + UUID.randomUUID(), garbage);
            events.send(ACCOUNTS, "empty-" + UUID.randomUUID(), notAnEvent);
            events.send(ACCOUNTS, userId, noUser);
            events.send(ACCOUNTS, userId, laterVersion);

            awaitDeadLettered(dlq, garbage, notAnEvent, noUser, laterVersion);
            assertThat(dlq.reason(noUser)).get().asString().contains("userId");
        }
        assertThat(contactExists(assessmentId)).isTrue();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static void awaitDeadLettered(DeadLetters dlq, byte[]... records) {
        for (byte[] record : records) {
            await("dead-lettered: " + new String(record, StandardCharsets.UTF_8))
                    .atMost(DEAD_LETTER_WAIT)
                    .until(() -> dlq.contains(record));
        }
    }

    /** The event as a newer producer writes it: a field this service does not know, at the top and in {@code nested}. */
    private byte[] withAddedFields(DomainEvent event, String... nested) {
        return changed(event, node -> {
            node.putObject("addedLater")
                    .put("by", "a newer producer")
                    .putArray("items")
                    .add(1);
            for (String field : nested) {
                ((ObjectNode) node.get(field)).put("alsoAddedLater", true);
            }
        });
    }

    private byte[] changed(DomainEvent event, Consumer<ObjectNode> change) {
        ObjectNode node = json.valueToTree(event);
        change.accept(node);
        return bytes(node.toString());
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each test. */
    private static byte[] garbage() {
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[id.length + 4];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xFE;
        garbage[2] = 0x00;
        garbage[3] = (byte) 0xC3;
        System.arraycopy(id, 0, garbage, 4, id.length);
        return garbage;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private boolean contactExists(UUID assessmentId) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                            () -> Panache.withSession(() -> contacts.findById(assessmentId)))
                    != null;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Delivery delivery(UUID eventId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> deliveries.find("eventId", eventId).firstResult()));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import ai.smartsuccess.skillslab.assessment.repository.OutboxRepository;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.InvitationCreated;
import ai.smartsuccess.skillslab.contracts.events.InvitationExpired;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an outbox row holds of an invitation email: everything but the access link. */
class EventOutboxTest {

    private final List<OutboxMessage> written = new ArrayList<>();
    private final OutboxRepository repository = new OutboxRepository() {
        @Override
        public Uni<OutboxMessage> persist(OutboxMessage message) {
            written.add(message);
            return Uni.createFrom().item(message);
        }
    };
    private final EventOutbox outbox =
            new EventOutbox(repository, new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void an_invitation_email_is_written_without_its_access_link() {
        UUID invitationId = UUID.randomUUID();
        String link = "http://localhost:8080/invite/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        InvitationCreated created = new InvitationCreated(
                UUID.randomUUID(),
                InvitationCreated.TYPE,
                InvitationCreated.SCHEMA_VERSION,
                Instant.now(),
                invitationId,
                UUID.randomUUID(),
                "Build a REST API",
                "business-1",
                "Blake Business",
                "Demo Corp",
                "ada@example.com",
                "Ada",
                "Hello",
                link,
                Instant.now().plusSeconds(3600),
                "en");

        outbox.add(Topics.INVITATIONS, created).await().indefinitely();

        assertThat(written).hasSize(1);
        OutboxMessage row = written.get(0);
        assertThat(row.payload).containsKey("accessUrl").containsEntry("accessUrl", null);
        assertThat(row.payload.toString()).doesNotContain("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        assertThat(row.payload).containsEntry("invitationId", invitationId.toString());
        assertThat(row.payload).containsEntry("recipientEmail", "ada@example.com");
    }

    @Test
    void an_event_without_a_link_is_written_as_it_is() {
        InvitationExpired expired = new InvitationExpired(
                UUID.randomUUID(),
                InvitationExpired.TYPE,
                InvitationExpired.SCHEMA_VERSION,
                Instant.now(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "business-1",
                "ada@example.com");
        outbox.add(Topics.INVITATIONS, expired).await().indefinitely();
        assertThat(written.get(0).payload).doesNotContainKey("accessUrl");
    }
}

package ai.smartsuccess.skillslab.task.messaging;

import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.contracts.events.InvitationEvent;
import ai.smartsuccess.skillslab.task.service.TaskAccessGrants;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reads the {@code invitations} topic: an accepted invitation lets its candidate see the private task. Other invitation
 * events are not this service's concern. A message that still fails after a few attempts, or cannot be read at all,
 * goes to {@code invitations.dlq}.
 */
@ApplicationScoped
public class InvitationConsumer {

    private static final Logger LOG = Logger.getLogger(InvitationConsumer.class);
    static final int ATTEMPTS = 3;

    private final TaskAccessGrants grants;

    InvitationConsumer(TaskAccessGrants grants) {
        this.grants = grants;
    }

    @Incoming("invitations")
    public Uni<Void> consume(Message<InvitationEvent> message) {
        InvitationEvent event = message.getPayload();
        if (event == null) {
            if (unreadable(message)) {
                return Uni.createFrom()
                        .completionStage(message.nack(new IllegalArgumentException("unreadable invitation event")));
            }
            LOG.debug("skipping an invitation event of a type this service does not handle");
            return Uni.createFrom().completionStage(message.ack());
        }
        if (!(event instanceof InvitationAccepted accepted)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        if (accepted.schemaVersion() > InvitationAccepted.SCHEMA_VERSION) {
            return Uni.createFrom()
                    .completionStage(message.nack(new IllegalArgumentException(
                            "InvitationAccepted schema version " + accepted.schemaVersion() + " is not supported")));
        }
        return Uni.createFrom()
                .deferred(() -> grants.record(accepted))
                .onFailure()
                .retry()
                .atMost(ATTEMPTS - 1)
                .onItemOrFailure()
                .transformToUni((outcome, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    private static boolean unreadable(Message<?> message) {
        Optional<IncomingKafkaRecordMetadata> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        return metadata.map(m ->
                        m.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON) != null)
                .orElse(false);
    }
}

package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;
import ai.smartsuccess.skillslab.scoring.service.ScoringService;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Watches the lifecycle dead-letter topic for submissions that never reached the scorer because they could not be
 * deserialized (the connector dead-letters those itself) and fails their assessments with a reason, so that none stays
 * in "scoring". Records the scorer dead-lettered itself already had their ScoringFailed published and are skipped.
 */
@ApplicationScoped
public class DeadLetterWatcher {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatcher.class);
    static final String EXCEPTION_HEADER = "dead-letter-exception-class-name";

    static final String UNREADABLE_REASON = "The submission could not be read, so it was not scored.";

    private final ScoringService scoring;
    private final byte[] group;

    /**
     * @param group the consumer group of the lifecycle channel: other services dead-letter to the same topic, and the
     *     platform's EventDeserializer names the group that refused a record, so only our refusals are ours to fail
     */
    DeadLetterWatcher(
            ScoringService scoring,
            @ConfigProperty(name = "mp.messaging.incoming.assessment-lifecycle.group.id") String group) {
        this.scoring = scoring;
        this.group = group.getBytes(StandardCharsets.UTF_8);
    }

    @Incoming("lifecycle-dead-letters")
    public Uni<Void> watch(Message<String> message) {
        Unread unread = unreadSubmission(message, group);
        if (unread == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        LOG.warnf("submission of assessment %s could not be deserialized; failing it", unread.assessmentId());
        return scoring.publishFailure(unread.assessmentId(), null, unread.reason())
                .onItemOrFailure()
                .transformToUni((ok, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    /** A submission this service could not read: whose it was, and why it was not scored. */
    record Unread(UUID assessmentId, String reason) {}

    /**
     * The assessment of a dead-lettered record that {@code group} failed to deserialize and that claims to be a
     * submission.
     */
    static Unread unreadSubmission(Message<String> message, byte[] group) {
        IncomingKafkaRecordMetadata<?, ?> metadata =
                message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        if (metadata == null) {
            return null;
        }
        Header exception = metadata.getHeaders().lastHeader(EXCEPTION_HEADER);
        if (exception == null
                || !RecordDeserializationException.class
                        .getName()
                        .equals(new String(exception.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        Header refusedBy = metadata.getHeaders().lastHeader(EventDeserializer.REFUSED_BY_HEADER);
        if (refusedBy == null || !Arrays.equals(group, refusedBy.value())) {
            return null;
        }
        JsonNode raw;
        try {
            raw = message.getPayload() == null ? null : SubmissionParser.MAPPER.readTree(message.getPayload());
        } catch (IOException e) {
            raw = null;
        }
        if (raw == null || !AssessmentSubmitted.TYPE.equals(raw.path("type").asText())) {
            return null;
        }
        String id = raw.path("assessmentId").asText(null);
        if (id == null && metadata.getKey() != null) {
            id = metadata.getKey().toString();
        }
        try {
            return id == null ? null : new Unread(UUID.fromString(id), reason(raw));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A schema version this service does not know is said as such; anything else could not be read. */
    private static String reason(JsonNode raw) {
        JsonNode version = raw.path("schemaVersion");
        if (version.isInt() && version.asInt() != AssessmentSubmitted.SCHEMA_VERSION) {
            return "The submission uses event schema version " + version.asInt()
                    + ", which this scoring service does not know.";
        }
        return UNREADABLE_REASON;
    }
}

package ai.smartsuccess.skillslab.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.DomainEvent;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.events.ScoringFailed;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** What the deserializers read, skip and refuse; refusing is what sends a record to the dead-letter queue. */
class EventDeserializerTest {

    private static final String SUBMITTED =
            "AssessmentSubmitted(assessmentId candidate.userId candidate.email candidate.userType task.title)";

    private static final ObjectMapper PRODUCER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final EventDeserializer scores =
            configured("ScoreComputed(assessmentId finalScore proficiencyLevel) ScoringFailed(assessmentId)");

    @Test
    void an_event_with_fields_a_newer_producer_added_reads_as_before() {
        ScoreComputed scored = scored();
        byte[] newer = changed(scored, node -> {
            node.put("addedLater", "x");
            node.putObject("addedLaterToo").putArray("items").add(1);
        });

        assertThat(scores.deserialize("score-results", newer)).isEqualTo(scored);
        ScoringFailed failed = ScoringFailed.of(UUID.randomUUID(), "user-1", "1.0.0", "boom");
        assertThat(scores.deserialize("score-results", changed(failed, node -> node.put("retryable", false))))
                .isEqualTo(failed);
    }

    @Test
    void an_event_type_the_service_does_not_handle_is_skipped() {
        byte[] later =
                bytes("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"ScoreAppealed\",\"schemaVersion\":1}");
        assertThat(scores.deserialize("score-results", later)).isNull();

        AssessmentStarted started =
                AssessmentStarted.of(UUID.randomUUID(), UUID.randomUUID(), "user-1", Instant.now(), Instant.now());
        assertThat(configured(SUBMITTED).deserialize("assessment-lifecycle", json(started)))
                .isNull();
    }

    @Test
    void a_record_that_is_not_an_event_is_refused() {
        for (String notAnEvent :
                List.of("this is not an event", "", "{}", "[1, 2]", "\"ScoreComputed\"", "42", "null")) {
            assertThatThrownBy(() -> scores.deserialize("score-results", bytes(notAnEvent)))
                    .as(notAnEvent)
                    .isInstanceOf(SerializationException.class);
        }
        assertThatThrownBy(() -> scores.deserialize("score-results", new byte[] {(byte) 0xFF, 0x00, (byte) 0xC3}))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("not JSON");
    }

    @Test
    void an_event_without_a_field_the_service_relies_on_is_refused_naming_it() {
        ScoreComputed scored = scored();
        assertThatThrownBy(
                        () -> scores.deserialize("score-results", changed(scored, node -> node.remove("finalScore"))))
                .isInstanceOf(SerializationException.class)
                .hasMessage("ScoreComputed without finalScore");
        assertThatThrownBy(() -> scores.deserialize(
                        "score-results",
                        changed(scored, node -> node.putNull("assessmentId").remove("eventId"))))
                .hasMessage("ScoreComputed without eventId, assessmentId");

        AccountDeleted deleted = AccountDeleted.of("user-1", "individual");
        assertThatThrownBy(() -> configured("AccountDeleted(userId)")
                        .deserialize("account-lifecycle", changed(deleted, node -> node.remove("userId"))))
                .hasMessage("AccountDeleted without userId");
    }

    @Test
    void a_nested_field_is_checked_too() {
        AssessmentSubmitted submitted = new AssessmentSubmitted(
                UUID.randomUUID(),
                AssessmentSubmitted.TYPE,
                AssessmentSubmitted.SCHEMA_VERSION,
                Instant.now(),
                UUID.randomUUID(),
                1,
                null,
                new AssessmentSubmitted.Candidate("user-1", "casey@example.test", "Casey", "individual"),
                new TaskSnapshot(UUID.randomUUID(), "Build an API", "", "code_generation", "basic", 60, true, null),
                null,
                List.of(),
                null,
                null,
                null,
                Instant.now(),
                Instant.now(),
                60,
                false,
                "");
        EventDeserializer lifecycle = configured(SUBMITTED);
        assertThat(lifecycle.deserialize("assessment-lifecycle", json(submitted)))
                .isEqualTo(submitted);
        assertThatThrownBy(() -> lifecycle.deserialize(
                        "assessment-lifecycle",
                        changed(submitted, node -> ((ObjectNode) node.get("task")).remove("title"))))
                .hasMessage("AssessmentSubmitted without task.title");
    }

    @Test
    void a_schema_version_the_service_does_not_know_is_refused() {
        assertThatThrownBy(() ->
                        scores.deserialize("score-results", changed(scored(), node -> node.put("schemaVersion", 2))))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema version 2");
    }

    @Test
    void a_field_of_the_wrong_kind_is_refused() {
        assertThatThrownBy(() -> scores.deserialize(
                        "score-results", changed(scored(), node -> node.put("assessmentId", "not-a-uuid"))))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("ScoreComputed is unreadable");
    }

    @Test
    void the_declaration_is_checked_when_the_channel_starts() {
        assertThatThrownBy(() -> new EventDeserializer().configure(Map.of("group.id", "g"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("handled-events");
        assertThatThrownBy(() -> configured("ScoreAppealed(assessmentId)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ScoreAppealed is not an event of shared-contracts");
        assertThatThrownBy(() -> configured("ScoreComputed(assessmentId finalScor)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ScoreComputed has no field finalScor");
        assertThatThrownBy(() -> configured("ScoreComputed(assessmentId) and more"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot be read after");
        assertThatThrownBy(() -> configured("ScoreComputed(assessmentId) ScoreComputed(finalScore)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> new EventDeserializer().deserialize("score-results", json(scored())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void types_may_be_separated_by_commas_or_semicolons_and_read_at_their_contract_version() {
        EventDeserializer both = configured("ScoringFailed(assessmentId, userId); ScoreComputed(assessmentId),");
        ScoringFailed failed = ScoringFailed.of(UUID.randomUUID(), "user-1", "1.0.0", "boom");
        assertThat(both.deserialize("score-results", json(failed))).isEqualTo(failed);
        assertThat(both.deserialize("score-results", json(scored()))).isInstanceOf(ScoreComputed.class);
        assertThatThrownBy(() -> both.deserialize("score-results", changed(failed, node -> node.remove("userId"))))
                .hasMessage("ScoringFailed without userId");
    }

    @Test
    void a_refused_record_names_the_consumer_group_that_refused_it() {
        EventDeserializer scoresOfSomeService = configured("ScoreComputed(assessmentId)");
        RecordHeaders refused = new RecordHeaders();
        assertThatThrownBy(() -> scoresOfSomeService.deserialize("score-results", refused, bytes("{}")))
                .isInstanceOf(SerializationException.class);
        assertThat(new String(
                        refused.lastHeader(EventDeserializer.REFUSED_BY_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("some-service");

        RecordHeaders read = new RecordHeaders();
        assertThat(scoresOfSomeService.deserialize("score-results", read, json(scored())))
                .isInstanceOf(ScoreComputed.class);
        assertThat(read.lastHeader(EventDeserializer.REFUSED_BY_HEADER)).isNull();
    }

    /** As the connector builds it: from the channel's properties, passed to {@code configure}. */
    private static EventDeserializer configured(String handledEvents) {
        EventDeserializer deserializer = new EventDeserializer();
        deserializer.configure(Map.of("handled-events", handledEvents, "group.id", "some-service"), false);
        return deserializer;
    }

    private static ScoreComputed scored() {
        return new ScoreComputed(
                UUID.randomUUID(),
                ScoreComputed.TYPE,
                ScoreComputed.SCHEMA_VERSION,
                Instant.parse("2026-12-07T10:00:00Z"),
                UUID.randomUUID(),
                "user-1",
                UUID.randomUUID(),
                "1.3.0",
                List.of("evidence-v1"),
                72.5,
                "architect",
                Map.of("planning", 70.0),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of("summary", "A solid session."),
                List.of());
    }

    private static byte[] json(DomainEvent event) {
        return changed(event, node -> {});
    }

    private static byte[] changed(DomainEvent event, Consumer<ObjectNode> change) {
        ObjectNode node = PRODUCER.valueToTree(event);
        change.accept(node);
        return bytes(node.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

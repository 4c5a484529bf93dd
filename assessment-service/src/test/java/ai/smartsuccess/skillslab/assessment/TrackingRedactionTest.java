package ai.smartsuccess.skillslab.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingRedaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a deleted account leaves in its tracking objects: the timeline, not the words. */
class TrackingRedactionTest {

    private static final String REMOVED = "(removed: the account was deleted)";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void free_text_goes_and_the_timeline_stays() throws Exception {
        String ndjson = String.join(
                        "\n",
                        line(
                                "p1",
                                "ai_prompt",
                                "{\"model\":\"gpt-4o\",\"prompt\":\"I am Ada, plan it\",\"requestId\":\"r\"}"),
                        line(
                                "r1",
                                "ai_response",
                                "{\"model\":\"gpt-4o\",\"response\":\"Hello Ada\",\"outputTokens\":3}"),
                        line("n1", "note", "{\"text\":\"call me on 555-0100\"}"),
                        line("c1", "copy_paste", "{\"direction\":\"paste\",\"length\":4,\"content\":\"mine\"}"),
                        line("t1", "terminal_command", "{\"command\":\"echo ada@example.com\"}"),
                        line("s1", "code_snapshot", "{\"path\":\"main.py\",\"content\":\"print(1)\"}"),
                        line(
                                "r2",
                                "test_run",
                                "{\"command\":\"ADA_EMAIL=ada@example.com python3 -m unittest\",\"exitCode\":0,"
                                        + "\"durationMs\":812}"))
                + "\n";
        String redacted = TrackingRedaction.redact(ndjson, mapper);

        assertThat(redacted)
                .endsWith("\n")
                .doesNotContain("Ada")
                .doesNotContain("ada@example.com")
                .doesNotContain("555-0100")
                .doesNotContain("mine");
        List<JsonNode> events = redacted.lines().map(this::read).toList();
        assertThat(events)
                .extracting(e -> e.path("id").asText())
                .containsExactly("p1", "r1", "n1", "c1", "t1", "s1", "r2");
        assertThat(events.get(0).path("data").path("prompt").asText()).isEqualTo(REMOVED);
        assertThat(events.get(0).path("data").path("model").asText()).isEqualTo("gpt-4o");
        assertThat(events.get(1).path("data").path("outputTokens").asInt()).isEqualTo(3);
        assertThat(events.get(3).path("data").path("length").asInt()).isEqualTo(4);
        assertThat(events.get(5).path("data").path("content").asText()).isEqualTo("print(1)");
        // A test run's command line is free text too; its outcome stays.
        assertThat(events.get(6).path("data").path("command").asText()).isEqualTo(REMOVED);
        assertThat(events.get(6).path("data").path("exitCode").asInt()).isZero();
        assertThat(events.get(6).path("data").path("durationMs").asInt()).isEqualTo(812);

        // Redacting again changes nothing: there is nothing to rewrite.
        assertThat(TrackingRedaction.redact(redacted, mapper)).isNull();
    }

    @Test
    void an_object_without_free_text_is_left_alone() {
        String ndjson = line("f1", "focus_change", "{\"focused\":true}") + "\n";
        assertThat(TrackingRedaction.redact(ndjson, mapper)).isNull();
    }

    private static String line(String id, String type, String data) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                + "\"receivedAt\":\"2026-05-01T10:00:01Z\",\"source\":\"server\",\"data\":" + data + "}";
    }

    private JsonNode read(String line) {
        try {
            return mapper.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

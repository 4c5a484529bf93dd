package ai.smartsuccess.skillslab.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrity flags are an additive field: results written before them still read, as clean. */
class HiddenTestResultsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void results_written_before_integrity_flags_read_as_clean() throws Exception {
        HiddenTestResults old = json.readValue(
                "{\"runner\":\"python-unittest\",\"total\":2,\"passed\":1,\"failed\":1,\"durationMs\":40,"
                        + "\"timedOut\":false,\"error\":null,\"tests\":[{\"name\":\"t.test_a\",\"passed\":true}]}",
                HiddenTestResults.class);
        assertThat(old.integrityFlags()).isEmpty();
        assertThat(old.passed()).isEqualTo(1);
        assertThat(old.tests()).hasSize(1);
    }

    @Test
    void flags_travel_in_json_and_merge_once_each_in_order() throws Exception {
        HiddenTestResults flagged = new HiddenTestResults("node-test", 3, 3, 0, 10, false, null, List.of())
                .withIntegrityFlags(List.of(HiddenTestResults.FRAMEWORK_PATCHED))
                .withIntegrityFlags(List.of(HiddenTestResults.BUILTIN_SHADOWING, HiddenTestResults.FRAMEWORK_PATCHED));
        assertThat(flagged.integrityFlags()).containsExactly("builtin-shadowing", "framework-patched");

        HiddenTestResults read = json.readValue(json.writeValueAsString(flagged), HiddenTestResults.class);
        assertThat(read).isEqualTo(flagged);
        assertThat(json.readTree(json.writeValueAsString(HiddenTestResults.none()))
                        .get("integrityFlags")
                        .isArray())
                .isTrue();
    }
}

package ai.smartsuccess.skillslab.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults.TestCaseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TapParserTest {

    /** What node 20's `node --test --test-reporter=tap` prints for a file with a suite and a crashed file. */
    private static final String TAP = String.join(
            "\n",
            "TAP version 13",
            "# Subtest: adds",
            "ok 1 - adds",
            "  ---",
            "  duration_ms: 1.08",
            "  ...",
            "# Subtest: fails",
            "not ok 2 - fails",
            "  ---",
            "  duration_ms: 1.43",
            "  failureType: 'testCodeFailure'",
            "  error: |-",
            "    Expected values to be strictly equal:",
            "    ",
            "    2 !== 3",
            "    ",
            "  code: 'ERR_ASSERTION'",
            "  ...",
            "# Subtest: group",
            "    # Subtest: inner ok",
            "    ok 1 - inner ok",
            "      ---",
            "      duration_ms: 0.27",
            "      ...",
            "    # Subtest: inner bad",
            "    not ok 2 - inner bad",
            "      ---",
            "      error: 'boom'",
            "      ...",
            "    # Subtest: later",
            "    ok 3 - later # SKIP not today",
            "    1..3",
            "not ok 3 - group",
            "  ---",
            "  type: 'suite'",
            "  error: '1 subtest failed'",
            "  ...",
            "# Subtest: hidden_tests/broken.test.js",
            "not ok 4 - hidden_tests/broken.test.js",
            "  ---",
            "  error: 'test failed'",
            "  ...",
            "1..4",
            "# tests 5",
            "# pass 2");

    @Test
    void reads_one_result_per_test_with_suite_names_and_messages() {
        List<TestCaseResult> results = TapParser.parse(TAP);
        assertThat(results)
                .containsExactly(
                        new TestCaseResult("adds", true, null),
                        new TestCaseResult("fails", false, "Expected values to be strictly equal:\n\n2 !== 3"),
                        new TestCaseResult("group > inner ok", true, null),
                        new TestCaseResult("group > inner bad", false, "boom"),
                        new TestCaseResult("hidden_tests/broken.test.js", false, "test failed"));
    }

    @Test
    void no_tap_no_results() {
        assertThat(TapParser.parse("node: bad option: --test-reporter\n")).isEmpty();
    }
}

package ai.smartsuccess.skillslab.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Reading the harness's signed records: only what carries the run's signature, in order, counts. */
class HarnessReportTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signed_records_make_the_results_and_a_test_without_a_result_failed() {
        String channel = signed(0, "\"kind\":\"test\",\"id\":\"0\",\"name\":\"t.test_a\"")
                + signed(1, "\"kind\":\"test\",\"id\":\"1\",\"name\":\"t.test_b\"")
                + signed(2, "\"kind\":\"test\",\"id\":\"2\",\"name\":\"t.test_c\"")
                + signed(3, "\"kind\":\"result\",\"id\":\"0\",\"passed\":true,\"message\":null")
                + signed(4, "\"kind\":\"result\",\"id\":\"1\",\"passed\":false,\"message\":\"1 != 2\"");
        HiddenTestResults results = results(channel, false);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.passed()).isEqualTo(1);
        assertThat(results.failed()).isEqualTo(2);
        assertThat(results.tests())
                .extracting(HiddenTestResults.TestCaseResult::message)
                .containsExactly(null, "1 != 2", "reported no result: the test process ended first");
        assertThat(results.integrityFlags()).isEmpty();
        assertThat(results.error()).isNull();
    }

    @Test
    void suites_and_skipped_tests_do_not_count() {
        String channel = signed(0, "\"kind\":\"test\",\"id\":\"0\",\"name\":\"suite\"")
                + signed(1, "\"kind\":\"test\",\"id\":\"1\",\"name\":\"suite > a\"")
                + signed(2, "\"kind\":\"result\",\"id\":\"1\",\"passed\":true,\"message\":null,\"counted\":true")
                + signed(3, "\"kind\":\"result\",\"id\":\"0\",\"passed\":true,\"message\":null,\"counted\":false")
                + signed(4, "\"kind\":\"end\",\"output\":\"\"");
        HiddenTestResults results = results(channel, false);
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.tests().get(0).name()).isEqualTo("suite > a");
    }

    @Test
    void lines_without_the_signature_or_out_of_order_are_dropped_and_flag_the_run() {
        String first = signed(0, "\"kind\":\"test\",\"id\":\"0\",\"name\":\"t.test_a\"");
        String channel = first
                + "@@skillslab-test-0@@ {\"name\": \"t.test_a\", \"passed\": true}\n"
                + "0".repeat(64) + " {\"seq\":1,\"kind\":\"result\",\"id\":\"0\",\"passed\":true}\n"
                + first // replayed: its number is used up
                + signed(1, "\"kind\":\"result\",\"id\":\"0\",\"passed\":false,\"message\":\"wrong\"")
                + signed(2, "\"kind\":\"flag\",\"code\":\"framework-patched\",\"detail\":\"x\"");
        HiddenTestResults results = results(channel, false);
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.passed()).isZero();
        assertThat(results.integrityFlags()).containsExactly("forged-results", "framework-patched");
    }

    @Test
    void a_line_cut_by_the_output_limit_is_no_forgery() {
        String channel = signed(0, "\"kind\":\"test\",\"id\":\"0\",\"name\":\"t.test_a\"")
                + signed(1, "\"kind\":\"result\",\"id\":\"0\",\"passed\":true,\"message\":null");
        HiddenTestResults results = results(channel.substring(0, channel.length() - 20), true);
        assertThat(results.integrityFlags()).isEmpty();
        assertThat(results.passed()).isZero();
        assertThat(results.total()).isEqualTo(1);
    }

    @Test
    void nothing_announced_is_a_suite_that_did_not_run_with_the_reason_for_the_owner() {
        HiddenTestResults results = HiddenTestRunner.results(
                "python-unittest",
                new ExecResult(3, new byte[0], "Traceback: boom".getBytes(StandardCharsets.UTF_8), 40, false, false),
                HarnessReport.read(new byte[0], KEY, false, JSON),
                Duration.ofSeconds(30));
        assertThat(results.total()).isZero();
        assertThat(results.error()).isEqualTo("The hidden tests did not run (exit code 3): Traceback: boom");
    }

    private static HiddenTestResults results(String channel, boolean truncated) {
        byte[] bytes = channel.getBytes(StandardCharsets.UTF_8);
        return HiddenTestRunner.results(
                "python-unittest",
                new ExecResult(0, bytes, new byte[0], 40, false, truncated),
                HarnessReport.read(bytes, KEY, truncated, JSON),
                Duration.ofSeconds(30));
    }

    private static String signed(int seq, String fields) {
        String payload = "{\"seq\":" + seq + "," + fields + "}";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) + " " + payload
                    + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

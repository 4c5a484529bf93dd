package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults.TestCaseResult;
import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Runs a task's hidden suite in the session's sandbox (already holding {@code hidden_tests/}) and reads per-test results. */
@ApplicationScoped
public class HiddenTestRunner {

    public static final String PYTHON_UNITTEST = "python-unittest";
    public static final String NODE_TEST = "node-test";
    private static final int OUTPUT_BYTES = 4 * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxBackend backend;
    private final ObjectMapper json;

    HiddenTestRunner(SandboxBackend backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    public HiddenTestResults run(UUID id, String runner, Duration timeout, Instant notAfter) {
        String marker = "@@skillslab-test-" + HexFormat.of().formatHex(RANDOM.generateSeed(8)) + "@@";
        List<String> argv;
        if (PYTHON_UNITTEST.equals(runner)) {
            argv = List.of("/usr/bin/python3", "-c", Scripts.UNITTEST_JSON, marker, "hidden_tests", ".");
        } else if (NODE_TEST.equals(runner)) {
            argv = List.of("/usr/bin/node", "--test", "--test-reporter=tap", "hidden_tests/");
        } else {
            return HiddenTestResults.none();
        }
        ExecResult result = backend.exec(id, new ExecRequest(argv, null, timeout, OUTPUT_BYTES, notAfter));
        List<TestCaseResult> tests = PYTHON_UNITTEST.equals(runner)
                ? parseMarked(result.stdoutText(), marker)
                : TapParser.parse(result.stdoutText());
        int passed = (int) tests.stream().filter(TestCaseResult::passed).count();
        String error = null;
        if (result.timedOut()) {
            error = "The hidden tests ran out of time after " + timeout.toSeconds() + " s.";
        } else if (tests.isEmpty()) {
            error = "The hidden tests did not run (exit code " + result.exitCode() + "): "
                    + WorkspaceOperations.tail(result.stderrText());
        }
        return new HiddenTestResults(
                runner,
                tests.size(),
                passed,
                tests.size() - passed,
                result.durationMs(),
                result.timedOut(),
                error,
                tests);
    }

    List<TestCaseResult> parseMarked(String stdout, String marker) {
        List<TestCaseResult> tests = new ArrayList<>();
        for (String line : stdout.split("\\R")) {
            if (!line.startsWith(marker + " ")) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line.substring(marker.length() + 1));
                tests.add(new TestCaseResult(
                        node.path("name").asText(),
                        node.path("passed").asBoolean(false),
                        node.path("message").isNull()
                                ? null
                                : node.path("message").asText()));
            } catch (java.io.IOException ignored) {
                // A line cut by the output limit is not a result.
            }
        }
        return tests;
    }
}

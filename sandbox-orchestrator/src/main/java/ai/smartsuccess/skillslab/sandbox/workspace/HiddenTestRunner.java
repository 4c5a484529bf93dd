package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults.TestCaseResult;
import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.HelperScripts;
import ai.smartsuccess.skillslab.sandbox.backend.IsolatedRun;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspacePath;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles.BundleFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Runs a task's hidden suite on the final files, in a sandbox of its own ({@link SandboxBackend#runIsolated}): the
 * snapshot's files plus the task's hidden tests (the platform's, which the code under test cannot change), nothing
 * else of the session. The harness ({@code hidden_unittest.py}, or {@code hidden_node.py} with
 * {@code hidden_node.mjs}) reports on a channel of its own and signs every record with a key that only it receives,
 * on standard input ({@link HarnessReport}): what the tests print, fake results included, counts for nothing.
 */
@ApplicationScoped
public class HiddenTestRunner {

    public static final String PYTHON_UNITTEST = "python-unittest";
    public static final String NODE_TEST = "node-test";
    public static final String HIDDEN_DIR = "hidden_tests";
    private static final String TOP = "/workspace";
    private static final int OUTPUT_BYTES = 4 * 1024 * 1024;

    private final SandboxBackend backend;
    private final ResultKeys keys;
    private final ObjectMapper json;

    HiddenTestRunner(SandboxBackend backend, ResultKeys keys, ObjectMapper json) {
        this.backend = backend;
        this.keys = keys;
        this.json = json;
    }

    /**
     * @param finalFiles the workspace as snapshotted at finalize; whatever the candidate put under {@code hidden_tests/}
     *     is left out, the task's suite takes its place
     */
    public HiddenTestResults run(
            UUID id, String runner, List<Snapshot.SnapshotFile> finalFiles, List<BundleFile> hidden, Duration timeout) {
        if (!PYTHON_UNITTEST.equals(runner) && !NODE_TEST.equals(runner)) {
            return HiddenTestResults.none();
        }
        byte[] key = keys.next();
        String hexKey = HexFormat.of().formatHex(key);
        List<String> argv;
        String input;
        if (PYTHON_UNITTEST.equals(runner)) {
            argv = HelperScripts.python(Scripts.HIDDEN_UNITTEST, List.of(TOP, HIDDEN_DIR));
            input = hexKey + "\n";
        } else {
            argv = HelperScripts.python(Scripts.HIDDEN_NODE, List.of(TOP, HIDDEN_DIR));
            input = line(new NodeSettings(hexKey, Scripts.HIDDEN_NODE_HARNESS));
        }
        ExecRequest request = new ExecRequest(
                argv,
                input.getBytes(StandardCharsets.UTF_8),
                timeout,
                OUTPUT_BYTES,
                Instant.now().plus(timeout));
        ExecResult result = backend.runIsolated(
                id, new IsolatedRun(candidateFiles(finalFiles), platformFiles(runner, hidden), request));
        return results(runner, result, HarnessReport.read(result.stdout(), key, result.truncated(), json), timeout);
    }

    static HiddenTestResults results(String runner, ExecResult result, HarnessReport report, Duration timeout) {
        String missing = result.timedOut()
                ? "did not finish within the " + timeout.toSeconds() + " s limit"
                : "reported no result: the test process ended first";
        List<TestCaseResult> tests = report.counted(missing);
        int passed = (int) tests.stream().filter(TestCaseResult::passed).count();
        List<String> flags = new ArrayList<>(report.flags());
        if (report.forged()) {
            flags.add(HiddenTestResults.FORGED_RESULTS);
        }
        String error = null;
        if (tests.isEmpty()) {
            // For the task's owner only: it may quote what the code under test printed.
            error = (result.timedOut()
                            ? "The hidden tests ran out of time after " + timeout.toSeconds() + " s"
                            : "The hidden tests did not run (exit code " + result.exitCode() + ")")
                    + ": " + WorkspaceOperations.tail(result.stderrText() + "\n" + report.output());
        }
        return new HiddenTestResults(
                runner,
                tests.size(),
                passed,
                tests.size() - passed,
                result.durationMs(),
                result.timedOut(),
                error,
                tests,
                List.copyOf(new TreeSet<>(flags)));
    }

    private static List<WorkspaceFile> candidateFiles(List<Snapshot.SnapshotFile> finalFiles) {
        List<WorkspaceFile> files = new ArrayList<>();
        for (Snapshot.SnapshotFile file : finalFiles) {
            if (file.path().equals(HIDDEN_DIR) || file.path().startsWith(HIDDEN_DIR + "/") || !valid(file.path())) {
                continue;
            }
            files.add(new WorkspaceFile(file.path(), file.bytes()));
        }
        return files;
    }

    private static List<WorkspaceFile> platformFiles(String runner, List<BundleFile> hidden) {
        List<WorkspaceFile> files = new ArrayList<>();
        for (BundleFile file : hidden) {
            files.add(new WorkspaceFile(file.path(), Base64.getDecoder().decode(file.contentBase64())));
        }
        String init = HIDDEN_DIR + "/__init__.py";
        if (PYTHON_UNITTEST.equals(runner)
                && files.stream().noneMatch(f -> f.path().equals(init))) {
            files.add(new WorkspaceFile(init, new byte[0]));
        }
        return files;
    }

    /** A path the snapshot kept but the file API would refuse (a control character...) stays out of the run. */
    private static boolean valid(String path) {
        try {
            WorkspacePath.parse(path);
            return true;
        } catch (WorkspacePath.Invalid e) {
            return false;
        }
    }

    /** What {@code hidden_node.py} reads on its standard input, in this order. */
    record NodeSettings(String key, String harness) {}

    private String line(Object value) {
        try {
            return json.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

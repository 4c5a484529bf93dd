package ai.smartsuccess.skillslab.sandbox.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The helper scripts that run inside sandboxes, shipped in this jar and passed inline (no file to install). */
final class Scripts {

    static final String WORKSPACE = load("workspace.sh");
    static final String SNAPSHOT = load("snapshot.py");
    static final String HIDDEN_UNITTEST = load("hidden_unittest.py");
    static final String HIDDEN_NODE = load("hidden_node.py");
    static final String HIDDEN_NODE_HARNESS = load("hidden_node.mjs");
    static final String STOP_RUNS = load("stop_runs.py");

    private static String load(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Scripts() {}
}

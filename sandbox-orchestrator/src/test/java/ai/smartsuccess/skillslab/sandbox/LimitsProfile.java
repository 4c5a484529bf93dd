package ai.smartsuccess.skillslab.sandbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The service with the real admission limits (2 sandboxes per user, 2 terminals and 2 runs per session) and room for
 * only 3 sandboxes, over a workspace root and cgroup parent of its own: what it counts is only what this test made.
 */
public class LimitsProfile implements QuarkusTestProfile {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "skillslab-sandboxes-limits-" + SUFFIX);
    static final String CGROUP_PARENT = "skillslab-sandboxes-limits-" + SUFFIX;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "skillslab.sandbox.admission.sandboxes-per-user", "2",
                "skillslab.sandbox.admission.max-sandboxes", "3",
                "skillslab.sandbox.admission.terminals-per-session", "2",
                "skillslab.sandbox.admission.runs-per-session", "2",
                "skillslab.sandbox.admission.retry-after", "7s",
                "skillslab.sandbox.local.workspace-root", ROOT.toString(),
                "skillslab.sandbox.local.cgroup-parent", CGROUP_PARENT);
    }
}

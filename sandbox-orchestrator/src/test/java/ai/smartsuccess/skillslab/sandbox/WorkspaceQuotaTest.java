package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A candidate who fills every writable place of their sandbox (the workspace up to its 64 MiB quota in tests, /tmp and
 * /dev/shm) loses nothing but their own space: the session still runs commands, and finalize still snapshots the
 * workspace and runs the hidden tests with the honest result.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class WorkspaceQuotaTest {

    @Test
    void a_full_workspace_tmp_and_dev_shm_still_run_commands_and_finalize() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        try {
            JsonPath fill = Sandboxes.run(
                            id,
                            CANDIDATE,
                            "for i in 1 2 3 4 5 6 7; do head -c 10M /dev/zero > fill$i.bin || echo workspace-full; done;"
                                    + " head -c 100M /dev/zero > /tmp/fill || echo tmp-full;"
                                    + " head -c 100M /dev/zero > /dev/shm/fill || echo shm-full;"
                                    + " df --output=avail -B1 /workspace | tail -1")
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(fill.getString("stdout"))
                    .contains("workspace-full")
                    .contains("tmp-full")
                    .contains("shm-full")
                    .matches("(?s).*\\n\\s*0\\n");
            assertThat(fill.getString("stderr")).contains("No space left on device");

            JsonPath after = Sandboxes.run(id, CANDIDATE, "python3 main.py")
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(after.getString("stdout")).isEqualTo("2 + 3 = 6\n");

            JsonPath result = Sandboxes.finalizeSandbox(id)
                    .statusCode(200)
                    .body("hiddenTests.total", equalTo(2))
                    .body("hiddenTests.passed", equalTo(1))
                    .extract()
                    .jsonPath();
            assertThat(result.getList("files.path", String.class)).contains("main.py", "calc.py");
        } finally {
            Sandboxes.destroy(id);
        }
    }
}

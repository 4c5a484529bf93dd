package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What a candidate can do to the hidden tests from the workspace, tried through the file API as a candidate would, on
 * real jails: every attack leaves the hidden pass count at what the solution honestly earns, and the ones that tamper
 * are flagged. The calculator task's honest count is 1 of 2 (sub is right, add is wrong); node's is 1 of 2 (double is
 * right, half is wrong).
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class HiddenTestIntegrityTest {

    static final String CALC = TestTasks.PYTHON.starter().get("calc.py");
    static final String HIDDEN_SOURCE_LINE = "self.assertEqual(add(2, 3), 5)";

    @Inject
    S3Client s3;

    @Test
    void standard_library_modules_in_the_workspace_are_never_imported_and_are_flagged() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        // Each of these, imported by the old runner, printed passing results for the marker in its argv.
        String fake = "import sys\n"
                + "marker = sys.argv[1] if len(sys.argv) > 1 else '@@skillslab-test-0@@'\n"
                + "for i in range(20):\n"
                + "    print(marker + ' {\"name\": \"hidden_tests.fake%d\" % i, \"passed\": true, \"message\": null}')\n"
                + "sys.stdout.write('{\"files\": [], \"skipped\": []}')\n"
                + "raise SystemExit(0)\n";
        write(id, "traceback.py", fake);
        write(id, "json.py", fake);
        write(id, "unittest/__init__.py", fake);

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        assertThat(hidden.getList("integrityFlags", String.class)).containsExactly("stdlib-shadowing");
        // The final snapshot is the workspace's, not what a json.py would have printed.
        JsonPath finalFiles = finalFiles(id);
        assertThat(finalFiles.getString("files.find { it.path == 'calc.py' }.content"))
                .isEqualTo(CALC);
        assertThat(finalFiles.getList("files.path", String.class))
                .contains("json.py", "traceback.py", "unittest/__init__.py");
    }

    @Test
    void sitecustomize_and_pth_files_never_run_and_are_flagged() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        String patch = "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n";
        write(id, "sitecustomize.py", patch);
        write(id, "usercustomize.py", patch);
        write(id, "zz.pth", "import unittest; unittest.TestCase.assertEqual = lambda *a, **k: None\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        // Never loaded, so never patched: flagged for what the files are, not for a patch.
        assertThat(hidden.getList("integrityFlags", String.class)).containsExactly("pth-file", "sitecustomize");
    }

    @Test
    void a_solution_that_patches_the_test_framework_scores_what_it_solves_and_is_flagged() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        write(
                id,
                "calc.py",
                CALC + "\nimport unittest\n"
                        + "unittest.TestCase.assertEqual = lambda *a, **k: None\n"
                        + "unittest.TestCase.assertTrue = lambda *a, **k: None\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        assertThat(hidden.getBoolean("tests.find { it.name.endsWith('test_add') }.passed"))
                .isFalse();
        assertThat(hidden.getList("integrityFlags", String.class)).containsExactly("framework-patched");
    }

    @Test
    void fake_results_printed_and_markers_searched_in_argv_and_proc_count_for_nothing() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        write(
                id,
                "calc.py",
                CALC + "\nimport glob, sys\n"
                        + "found = list(sys.argv)\n"
                        + "for path in glob.glob('/proc/*/cmdline') + glob.glob('/proc/*/environ'):\n"
                        + "    try:\n"
                        + "        found += open(path, 'rb').read().decode('utf-8', 'replace').split('\\0')\n"
                        + "    except OSError:\n"
                        + "        pass\n"
                        + "for word in found + ['@@skillslab-test-0@@']:\n"
                        + "    for name in ('test_add', 'test_sub'):\n"
                        + "        line = word + ' {\"name\": \"hidden_tests.test_hidden_calc.HiddenCalc.' + name"
                        + " + '\", \"passed\": true, \"message\": null}'\n"
                        + "        print(line)\n"
                        + "        print(line, file=sys.stderr)\n"
                        + "print('ok 1 - test_add')\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        assertThat(hidden.getList("integrityFlags", String.class)).isEmpty();
    }

    @Test
    void results_written_on_every_open_descriptor_count_for_nothing_and_are_flagged() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        write(
                id,
                "calc.py",
                CALC + "\nimport os\n"
                        + "for fd in os.listdir('/proc/self/fd'):\n"
                        + "    for name in ('test_add', 'test_sub'):\n"
                        + "        try:\n"
                        + "            os.write(int(fd), ('0' * 64 + ' {\"seq\": 0, \"kind\": \"result\", \"id\": \"0\","
                        + " \"passed\": true}\\n').encode())\n"
                        + "        except OSError:\n"
                        + "            pass\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        assertThat(hidden.getList("integrityFlags", String.class)).containsExactly("forged-results");
    }

    @Test
    void a_fake_snapshot_script_and_the_modules_of_the_real_one_change_nothing_of_the_final_files() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        String forged = "import sys\nsys.stdout.write('{\"files\": [{\"path\": \"calc.py\", \"encoding\": \"utf-8\","
                + " \"content\": \"def add(a, b):\\\\n    return a + b\\\\n\", \"size\": 30}], \"skipped\": []}')\n"
                + "raise SystemExit(0)\n";
        write(id, "snapshot.py", forged);
        write(id, "base64.py", forged);
        write(id, "json.py", forged);
        write(id, "os.py", forged);

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        JsonPath finalFiles = finalFiles(id);
        assertThat(finalFiles.getString("files.find { it.path == 'calc.py' }.content"))
                .isEqualTo(CALC);
        assertThat(finalFiles.getList("files.path", String.class)).contains("snapshot.py", "main.py");
    }

    @Test
    void the_hidden_tests_source_printed_by_the_solution_is_only_in_what_the_tasks_owner_reads() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        write(
                id,
                "calc.py",
                CALC + "\nimport glob, sys\n"
                        + "source = ''.join(open(p).read() for p in glob.glob('hidden_tests/*.py'))\n"
                        + "print(source)\nprint(source, file=sys.stderr)\n"
                        + "def add(a, b):\n    raise AssertionError(source)\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getList("tests.name", String.class)).noneMatch(name -> name.contains(HIDDEN_SOURCE_LINE));
        // The failure message quotes it: messages are for the task's owner only (see the contracts).
        assertThat(hidden.getString("tests.find { it.name.endsWith('test_add') }.message"))
                .contains(HIDDEN_SOURCE_LINE);
    }

    @Test
    void a_suite_that_did_not_run_says_why_to_the_owner_only() {
        UUID id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
        write(
                id,
                "calc.py",
                "import glob, os\n"
                        + "os.write(2, ''.join(open(p).read() for p in glob.glob('hidden_tests/*.py')).encode())\n"
                        + "os._exit(3)\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isZero();
        assertThat(hidden.getInt("passed")).isZero();
        assertThat(hidden.getString("error")).startsWith("The hidden tests did not run");
    }

    @Test
    void a_node_solution_that_patches_assert_and_prints_tap_scores_what_it_solves_and_is_flagged() {
        UUID id = Sandboxes.provision(TestTasks.NODE, CANDIDATE);
        write(
                id,
                "index.js",
                TestTasks.NODE.starter().get("index.js")
                        + "const assert = require('node:assert');\n"
                        + "assert.strictEqual = () => {};\n"
                        + "require('node:module').syncBuiltinESMExports();\n"
                        + "console.log('TAP version 13\\nok 1 - numbers > halves\\n# pass 2\\n# fail 0');\n"
                        + "require('node:test').test('registered by the solution', () => {});\n");
        write(id, "node_modules/assert/index.js", "module.exports = { strictEqual() {} };\n");

        JsonPath hidden = hiddenTests(id);
        assertThat(hidden.getInt("total")).isEqualTo(2);
        assertThat(hidden.getInt("passed")).isEqualTo(1);
        assertThat(hidden.getBoolean("tests.find { it.name == 'numbers > halves' }.passed"))
                .isFalse();
        assertThat(hidden.getList("integrityFlags", String.class))
                .containsExactly("builtin-shadowing", "framework-patched");
    }

    /**
     * Two default tasks of the platform (python and node) as task-service ships them: the untouched starter and the
     * same starter with every attack above added score the same hidden-test count; the reference solution passes all.
     */
    @Test
    void default_tasks_score_the_same_for_the_starter_and_a_forged_workspace_and_pass_with_the_reference()
            throws IOException {
        assertSameCounts(
                defaultTask("a1b2c3d4-e5f6-7890-abcd-ef1234567890", "python", "python-unittest"),
                Map.of(
                        "json.py", "raise SystemExit(0)\n",
                        "traceback.py", "raise SystemExit(0)\n",
                        "unittest/__init__.py", "raise SystemExit(0)\n",
                        "sitecustomize.py", "import unittest\nunittest.TestCase.assertEqual = lambda *a: None\n",
                        "x.pth", "import os\n",
                        "conftest.py", "\n",
                        "todo_api/__init__.py",
                                "import unittest, os\nunittest.TestCase.assertEqual = lambda *a, **k: None\n"
                                        + "print('ok 1 - test_create_returns_201_and_the_todo')\n"),
                List.of("conftest", "framework-patched", "pth-file", "sitecustomize", "stdlib-shadowing"));
        assertSameCounts(
                defaultTask("a1b2c3d4-e5f6-7890-abcd-ef1234567891", "node", "node-test"),
                Map.of(
                        "node_modules/assert/index.js",
                        "module.exports = {};\n",
                        "src/components/BarChart.jsx",
                        Files.readString(DEFAULT_TASKS.resolve(
                                        "a1b2c3d4-e5f6-7890-abcd-ef1234567891/starter/src/components/BarChart.jsx"))
                                + "\nimport assert from 'node:assert/strict';\nimport plain from 'node:assert';\n"
                                + "assert.equal = () => {}; assert.ok = () => {}; plain.ok = () => {};\n"
                                + "console.log('ok 1 - bar chart: accessible, responsive svg with its title');\n"),
                List.of("builtin-shadowing", "framework-patched"));
    }

    static final Path DEFAULT_TASKS = Path.of("../task-service/src/main/resources/default-tasks");
    static final Path REFERENCES = Path.of("../task-service/src/test/resources/reference-solutions");

    private void assertSameCounts(TestTasks.Task task, Map<String, String> attack, List<String> flags)
            throws IOException {
        SiblingServices.server.stubFor(WireMock.get("/internal/tasks/" + task.id() + "/bundle")
                .willReturn(WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(task.bundleJson())));

        JsonPath starter = hiddenTests(Sandboxes.provision(task, CANDIDATE));
        assertThat(starter.getInt("total")).isGreaterThanOrEqualTo(5);
        assertThat(starter.getInt("passed")).isLessThan(starter.getInt("total"));
        assertThat(starter.getList("integrityFlags", String.class)).isEmpty();

        UUID forgedId = Sandboxes.provision(task, CANDIDATE);
        attack.forEach((path, content) -> write(forgedId, path, content));
        JsonPath forged = hiddenTests(forgedId);
        assertThat(forged.getInt("total")).isEqualTo(starter.getInt("total"));
        assertThat(forged.getInt("passed")).as(task.id() + " forged").isEqualTo(starter.getInt("passed"));
        assertThat(forged.getList("integrityFlags", String.class)).containsExactlyElementsOf(flags);

        UUID referenceId = Sandboxes.provision(task, CANDIDATE);
        for (Map.Entry<String, String> file :
                files(REFERENCES.resolve(task.id().toString())).entrySet()) {
            write(referenceId, file.getKey(), file.getValue());
        }
        JsonPath reference = hiddenTests(referenceId);
        assertThat(reference.getInt("passed")).as(task.id() + " reference").isEqualTo(starter.getInt("total"));
        assertThat(reference.getList("integrityFlags", String.class)).isEmpty();
    }

    private static TestTasks.Task defaultTask(String id, String runtime, String runner) throws IOException {
        Path task = DEFAULT_TASKS.resolve(id);
        return new TestTasks.Task(
                UUID.fromString(id),
                runtime,
                null,
                runner,
                files(task.resolve("starter")),
                files(task.resolve("hidden")));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static void write(UUID id, String path, String content) {
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .contentType(ContentType.JSON)
                .body(Map.of("content", content))
                .put("/api/assessments/" + id + "/files/" + path)
                .then()
                .statusCode(200);
    }

    private static JsonPath hiddenTests(UUID id) {
        JsonPath result =
                Sandboxes.finalizeSandbox(id).statusCode(200).extract().jsonPath();
        return JsonPath.from(result.prettify()).setRootPath("hiddenTests");
    }

    private JsonPath finalFiles(UUID id) {
        return JsonPath.from(new String(
                s3.getObjectAsBytes(r -> r.bucket("submissions").key(id + "/final-files.json"))
                        .asByteArray(),
                StandardCharsets.UTF_8));
    }
}

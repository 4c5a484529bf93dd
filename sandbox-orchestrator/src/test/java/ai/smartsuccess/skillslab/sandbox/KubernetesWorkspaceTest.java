package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.sandbox.PodExecs.NAMESPACE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.sandbox.PodExecs.Exec;
import ai.smartsuccess.skillslab.sandbox.PodExecs.Reply;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesBackendProfile;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.kubernetes.SandboxPods;
import ai.smartsuccess.skillslab.sandbox.workspace.ResultKeys;
import io.fabric8.kubernetes.api.model.Pod;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The candidate's files, runs, terminal and the finalize of a session on the Kubernetes backend, through the public and
 * internal API: every one of them reaches the session's pod through the exec API of the fabric8 mock API server (CRUD
 * mode), where {@link PodExecs} plays the kubelet. What the candidate sees comes from the pod's answer; what the
 * service sends into the pod is checked byte for byte.
 */
@QuarkusTest
@TestProfile(KubernetesBackendProfile.class)
@WithKubernetesTestServer(crud = true)
@QuarkusTestResource(SiblingServices.class)
class KubernetesWorkspaceTest extends KubernetesMockTest {

    @TestHTTPResource("/")
    URI base;

    private PodExecs kubelet() {
        return new PodExecs(server);
    }

    private RequestSpecification candidate() {
        return given().auth().oauth2(accessToken(CANDIDATE)).urlEncodingEnabled(false);
    }

    @Test
    void the_starter_files_are_written_into_the_pod_and_the_candidate_lists_and_reads_the_pods_files() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        try {
            PodExecs kubelet = kubelet();
            // What find(1) prints in the pod, NUL-terminated records "<d|f> <size> <path>", in its own order.
            kubelet.answerOnce(
                    PodExecs.workspace(pod, "", "list", "5000"),
                    Reply.ok("f 43 main.py\0d 4096 tests\0f 60 calc.py\0f 120 tests/test_calc.py\0"));
            candidate()
                    .get("/api/assessments/" + id + "/files")
                    .then()
                    .statusCode(200)
                    .body("entries.path", contains("calc.py", "main.py", "tests", "tests/test_calc.py"))
                    .body("entries.find { it.path == 'tests' }.type", equalTo("directory"))
                    .body("entries.find { it.path == 'tests' }.size", equalTo(0))
                    .body("entries.find { it.path == 'main.py' }.type", equalTo("file"))
                    .body("entries.find { it.path == 'main.py' }.size", equalTo(43));

            kubelet.answerOnce(
                    PodExecs.workspace(pod, "", "read", "calc.py", "1048576"),
                    Reply.ok(TestTasks.PYTHON.starter().get("calc.py")));
            candidate()
                    .get("/api/assessments/" + id + "/files/calc.py")
                    .then()
                    .statusCode(200)
                    .body("path", equalTo("calc.py"))
                    .body("content", equalTo(TestTasks.PYTHON.starter().get("calc.py")))
                    .body(
                            "size",
                            equalTo(TestTasks.PYTHON.starter().get("calc.py").length()));

            // The pod's own refusals become the API's answers: 91 is "not found", 92 "a directory".
            kubelet.answerOnce(PodExecs.workspace(pod, "", "read", "gone.py", "1048576"), Reply.exit(91));
            candidate().get("/api/assessments/" + id + "/files/gone.py").then().statusCode(404);
            kubelet.answerOnce(PodExecs.workspace(pod, "", "read", "tests", "1048576"), Reply.exit(92));
            candidate()
                    .get("/api/assessments/" + id + "/files/tests")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("path"));
            // Bytes that are not UTF-8 text are refused, whatever the pod printed.
            kubelet.answerOnce(
                    PodExecs.workspace(pod, "", "read", "data.bin", "1048576"),
                    new Reply(List.of("\u0000\u0001binary"), "", 0));
            candidate().get("/api/assessments/" + id + "/files/data.bin").then().statusCode(415);
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void writes_renames_and_deletes_send_the_right_command_and_bytes_into_the_pod() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        try {
            PodExecs kubelet = kubelet();
            // The content follows the script on stdin, exactly its 7 UTF-8 bytes, announced on the command line.
            kubelet.answerOnce(
                    PodExecs.workspace(pod, "héllo\n", "write", "src/pkg/new.txt", "7", "3145728"), Reply.ok("7\n"));
            candidate()
                    .contentType(ContentType.JSON)
                    .body(Map.of("content", "héllo\n"))
                    .put("/api/assessments/" + id + "/files/src/pkg/new.txt")
                    .then()
                    .statusCode(200)
                    .body("path", equalTo("src/pkg/new.txt"))
                    .body("size", equalTo(7));
            // The workspace limit is the pod's to check (93): the candidate gets a 413.
            kubelet.answerOnce(PodExecs.workspace(pod, "big", "write", "big.txt", "3", "3145728"), Reply.exit(93));
            candidate()
                    .contentType(ContentType.JSON)
                    .body(Map.of("content", "big"))
                    .put("/api/assessments/" + id + "/files/big.txt")
                    .then()
                    .statusCode(413);

            kubelet.answerOnce(
                    PodExecs.workspace(pod, "", "move", "src/pkg/new.txt", "docs/renamed.txt"),
                    Reply.ok("docs/renamed.txt"));
            candidate()
                    .contentType(ContentType.JSON)
                    .body(Map.of("newPath", "docs/renamed.txt"))
                    .patch("/api/assessments/" + id + "/files/src/pkg/new.txt")
                    .then()
                    .statusCode(200)
                    .body("path", equalTo("docs/renamed.txt"));
            kubelet.answerOnce(PodExecs.workspace(pod, "", "move", "main.py", "calc.py"), Reply.exit(94));
            candidate()
                    .contentType(ContentType.JSON)
                    .body(Map.of("newPath", "calc.py"))
                    .patch("/api/assessments/" + id + "/files/main.py")
                    .then()
                    .statusCode(409);

            kubelet.answerOnce(PodExecs.workspace(pod, "", "delete", "docs"), Reply.exit(0));
            candidate().delete("/api/assessments/" + id + "/files/docs").then().statusCode(204);
            kubelet.answerOnce(PodExecs.workspace(pod, "", "delete", "docs"), Reply.exit(91));
            candidate().delete("/api/assessments/" + id + "/files/docs").then().statusCode(404);
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void a_run_returns_the_pods_exit_code_stdout_and_stderr_caps_the_output_and_is_recorded() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        Duration limit = Duration.ofSeconds(8);
        try {
            PodExecs kubelet = kubelet();
            kubelet.answerOnce(PodExecs.run(pod, limit, "python3 main.py"), Reply.ok("2 + 3 = 6\n"));
            JsonPath main = run(id, "python3 main.py");
            assertThat(main.getInt("exitCode")).isZero();
            assertThat(main.getString("stdout")).isEqualTo("2 + 3 = 6\n");
            assertThat(main.getString("stderr")).isEmpty();
            assertThat(main.getBoolean("truncated")).isFalse();
            assertThat(main.getBoolean("timedOut")).isFalse();

            String failing = "echo out; echo err >&2; exit 3";
            kubelet.answerOnce(PodExecs.run(pod, limit, failing), new Reply(List.of("out\n"), "err\n", 3));
            JsonPath failed = run(id, failing);
            assertThat(failed.getInt("exitCode")).isEqualTo(3);
            assertThat(failed.getString("stdout")).isEqualTo("out\n");
            assertThat(failed.getString("stderr")).isEqualTo("err\n");

            // The pod streams 300 000 bytes in chunks; 256 KiB are kept and the run says it was cut.
            String flood = "yes | head -c 300000";
            List<String> chunks = List.of("a", "b", "c", "d", "e").stream()
                    .map(letter -> letter.repeat(60_000))
                    .toList();
            kubelet.answerOnce(PodExecs.run(pod, limit, flood), new Reply(chunks, "", 0));
            JsonPath flooded = run(id, flood);
            assertThat(flooded.getBoolean("truncated")).isTrue();
            assertThat(flooded.getString("stdout"))
                    .hasSize(262_144)
                    .isEqualTo(String.join("", chunks).substring(0, 262_144));

            ActivityTopic.awaitEvent(
                    id,
                    ActivityTopic.testRun(failing)
                            .and(event -> event.path("data").path("exitCode").asInt() == 3));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void stop_kills_the_marked_runs_in_the_pod_and_the_pending_run_answers_stopped() throws Exception {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        Duration limit = Duration.ofSeconds(8);
        try {
            PodExecs kubelet = kubelet();
            PodExecs.Exec stop = PodExecs.stopRuns(pod);
            // The pod's sleep prints, then ends with SIGKILL only once the stop script reached the pod.
            kubelet.answerWhen(PodExecs.run(pod, limit, "echo started; sleep 30"), "started\n", stop, 137);
            kubelet.answerAlways(stop, Reply.ok("1\n"));
            candidate()
                    .get("/api/assessments/" + id + "/run")
                    .then()
                    .statusCode(200)
                    .body("timeLimitSeconds", equalTo(8))
                    .body("running", equalTo(false));

            CompletableFuture<JsonPath> pending =
                    CompletableFuture.supplyAsync(() -> run(id, "echo started; sleep 30"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> candidate()
                            .get("/api/assessments/" + id + "/run")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getBoolean("running"));
            given().auth()
                    .oauth2(accessToken(KeycloakTokens.BUSINESS))
                    .post("/api/assessments/" + id + "/run/stop")
                    .then()
                    .statusCode(404);
            candidate().post("/api/assessments/" + id + "/run/stop").then().statusCode(204);

            JsonPath stopped = pending.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(stopped.getBoolean("stopped")).isTrue();
            assertThat(stopped.getBoolean("timedOut")).isFalse();
            assertThat(stopped.getInt("exitCode")).isEqualTo(137);
            assertThat(stopped.getString("stdout")).isEqualTo("started\n");
            assertThat(stopped.getLong("durationMs")).isLessThan(limit.toMillis());
            assertThat(kubelet.callsInto(pod))
                    .contains(stop.argv())
                    .contains(PodExecs.run(pod, limit, "echo started; sleep 30").argv());
            ActivityTopic.awaitEvent(
                    id,
                    ActivityTopic.testRun("echo started; sleep 30")
                            .and(event -> event.path("data").path("stopped").asBoolean()));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void a_run_past_its_time_limit_is_killed_in_the_pod_answers_timed_out_and_the_pod_serves_the_next_run() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        Duration limit = Duration.ofSeconds(8);
        try {
            PodExecs kubelet = kubelet();
            String endless = "echo started; while :; do :; done";
            // In the pod the run is under timeout(1) with the run limit (the mock answers only that exact command
            // line): it prints, and at the limit timeout's SIGKILL ends it with 137, which the mock reports then.
            kubelet.answerKilledAfter(PodExecs.run(pod, limit, endless), "started\n", limit);
            kubelet.callsInto(pod); // forget the calls so far
            long started = System.nanoTime();
            JsonPath killed = run(id, endless);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(killed.getBoolean("timedOut")).isTrue();
            assertThat(killed.getBoolean("stopped")).isFalse();
            assertThat(killed.getInt("exitCode")).isEqualTo(137);
            assertThat(killed.getString("stdout")).isEqualTo("started\n");
            assertThat(killed.getInt("timeLimitSeconds")).isEqualTo(8);
            assertThat(killed.getLong("durationMs")).isGreaterThanOrEqualTo(limit.toMillis());
            assertThat(tookMs).isGreaterThanOrEqualTo(limit.toMillis());
            // (The periodic snapshots exec into the pod meanwhile.)
            assertThat(kubelet.callsInto(pod))
                    .filteredOn(argv -> argv.contains(endless))
                    .singleElement()
                    .satisfies(argv -> assertThat(argv)
                            .containsSubsequence(
                                    "/usr/bin/timeout", "-s", "KILL", "8.000", "/bin/bash", "-lc", endless));
            candidate()
                    .get("/api/assessments/" + id + "/run")
                    .then()
                    .statusCode(200)
                    .body("running", equalTo(false));

            // The same pod, neither deleted nor replaced, runs the next command.
            kubelet.answerOnce(PodExecs.run(pod, limit, "python3 main.py"), Reply.ok("2 + 3 = 6\n"));
            JsonPath next = run(id, "python3 main.py");
            assertThat(next.getInt("exitCode")).isZero();
            assertThat(next.getBoolean("timedOut")).isFalse();
            assertThat(next.getString("stdout")).isEqualTo("2 + 3 = 6\n");
            assertThat(sessionPods(id)).containsExactly(pod);

            ActivityTopic.awaitEvent(
                    id,
                    ActivityTopic.testRun(endless)
                            .and(event -> event.path("data").path("timedOut").asBoolean()
                                    && event.path("data").path("exitCode").asInt() == 137));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void a_run_whose_pod_never_reports_its_end_answers_timed_out_after_the_limit_and_a_grace() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        Duration limit = Duration.ofSeconds(8);
        try {
            PodExecs kubelet = kubelet();
            // The exec stream goes silent (a hung kubelet or connection): the service does not wait for ever, it
            // answers 10 s after the limit, as timed out, with what the pod had printed.
            kubelet.answerSilently(PodExecs.run(pod, limit, "echo started; sleep 600"), "started\n");
            JsonPath silent = run(id, "echo started; sleep 600");
            assertThat(silent.getBoolean("timedOut")).isTrue();
            assertThat(silent.getBoolean("stopped")).isFalse();
            assertThat(silent.getInt("exitCode")).isEqualTo(137);
            assertThat(silent.getString("stdout")).isEqualTo("started\n");
            assertThat(silent.getLong("durationMs"))
                    .isGreaterThanOrEqualTo(limit.plusSeconds(10).toMillis());

            kubelet.answerOnce(PodExecs.run(pod, limit, "python3 main.py"), Reply.ok("2 + 3 = 6\n"));
            JsonPath next = run(id, "python3 main.py");
            assertThat(next.getInt("exitCode")).isZero();
            assertThat(next.getString("stdout")).isEqualTo("2 + 3 = 6\n");
            assertThat(sessionPods(id)).containsExactly(pod);
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void finalize_runs_the_python_unittest_suite_in_a_fresh_pod_made_from_the_final_snapshot_and_reads_its_results()
            throws Exception {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        byte[] key = fixedResultKey((byte) 11);
        try {
            PodExecs kubelet = kubelet();
            Map<String, String> starter = TestTasks.PYTHON.starter();
            String hidden = TestTasks.PYTHON.hidden().get("hidden_tests/test_hidden_calc.py");
            String fixed = "def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a + b\n";
            // The final snapshot: the candidate changed calc.py and wrote a hidden_tests/ of their own, which the run
            // leaves out (the task's suite takes its place).
            String snapshot = "{\"files\":["
                    + snapshotFile("main.py", starter.get("main.py")) + ","
                    + snapshotFile("calc.py", fixed) + ","
                    + snapshotFile("tests/test_calc.py", starter.get("tests/test_calc.py")) + ","
                    + snapshotFile("hidden_tests/test_hidden_calc.py", "import unittest\n") + "],\"skipped\":[]}";
            answerFinalSnapshot(kubelet, pod, snapshot);

            CompletableFuture<JsonPath> finalized = CompletableFuture.supplyAsync(() ->
                    Sandboxes.finalizeSandbox(id).statusCode(200).extract().jsonPath());
            Pod isolated = isolatedPod(id, Duration.ofSeconds(30));
            String name = isolated.getMetadata().getName();
            // A fresh pod, of the same session (so that destroy and the reaper find it), made like the session's.
            assertThat(name).isNotEqualTo(pod).startsWith(pod + "-isolated-");
            Pod session = client.pods().inNamespace(NAMESPACE).withName(pod).get();
            assertThat(isolated.getSpec().getContainers())
                    .usingRecursiveComparison()
                    .isEqualTo(session.getSpec().getContainers());
            assertThat(isolated.getSpec().getSecurityContext())
                    .isEqualTo(session.getSpec().getSecurityContext());
            assertThat(isolated.getSpec().getVolumes())
                    .isEqualTo(session.getSpec().getVolumes());
            assertThat(isolated.getSpec().getHostUsers()).isFalse();
            assertThat(isolated.getSpec().getAutomountServiceAccountToken()).isFalse();
            assertThat(isolated.getSpec().getContainers().get(0).getImage()).contains("@sha256:");

            // Its workspace gets the snapshot's files (without the candidate's hidden_tests/) and the task's suite
            // with the package marker unittest discovery needs; hidden_tests/ is then made read-only.
            String files = "[" + starterFile("main.py", starter.get("main.py")) + ","
                    + starterFile("calc.py", fixed) + ","
                    + starterFile("tests/test_calc.py", starter.get("tests/test_calc.py")) + ","
                    + starterFile("hidden_tests/test_hidden_calc.py", hidden) + ","
                    + starterFile("hidden_tests/__init__.py", "") + "]";
            kubelet.answerOnce(
                    PodExecs.isolatedPythonProgram(
                            name,
                            Duration.ofSeconds(30),
                            PodExecs.STARTER_FILES_PY,
                            List.of(Integer.toString(files.getBytes(StandardCharsets.UTF_8).length), "hidden_tests"),
                            files),
                    Reply.exit(0));
            // hidden_unittest.py gets the run's key, alone, on stdin, and reports on its channel: the plan, then one
            // result per test, a flag, and its end, each record numbered and signed with that key. Only that channel
            // (the exec's stdout) is read: a record-like line on stderr counts for nothing.
            String add = "hidden_tests.test_hidden_calc.HiddenCalc.test_add";
            String sub = "hidden_tests.test_hidden_calc.HiddenCalc.test_sub";
            String channel = String.join(
                    "",
                    signed(key, "{\"seq\":0,\"kind\":\"test\",\"id\":\"0\",\"name\":\"" + add + "\"}"),
                    signed(key, "{\"seq\":1,\"kind\":\"test\",\"id\":\"1\",\"name\":\"" + sub + "\"}"),
                    signed(key, "{\"seq\":2,\"kind\":\"result\",\"id\":\"0\",\"passed\":true,\"message\":null}"),
                    signed(
                            key,
                            "{\"seq\":3,\"kind\":\"result\",\"id\":\"1\",\"passed\":false,"
                                    + "\"message\":\"AssertionError: 8 != 2\"}"),
                    signed(
                            key,
                            "{\"seq\":4,\"kind\":\"flag\",\"code\":\"framework-patched\","
                                    + "\"detail\":\"changed: unittest.TestCase.assertEqual\"}"),
                    signed(key, "{\"seq\":5,\"kind\":\"end\",\"output\":\"\"}"));
            kubelet.answerOnce(
                    PodExecs.isolatedPythonProgram(
                            name,
                            Duration.ofSeconds(30),
                            PodExecs.HIDDEN_UNITTEST_PY,
                            List.of("/workspace", "hidden_tests"),
                            HexFormat.of().formatHex(key) + "\n"),
                    new Reply(List.of(channel), "{\"seq\":0,\"kind\":\"end\"} printed by a test\n", 0));
            markReady(isolated);

            JsonPath result = finalized.get(90, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.getString("hiddenTests.runner")).isEqualTo("python-unittest");
            assertThat(result.getInt("hiddenTests.total")).isEqualTo(2);
            assertThat(result.getInt("hiddenTests.passed")).isEqualTo(1);
            assertThat(result.getInt("hiddenTests.failed")).isEqualTo(1);
            assertThat(result.getBoolean("hiddenTests.timedOut")).isFalse();
            assertThat(result.getList("hiddenTests.tests.name")).containsExactly(add, sub);
            assertThat(result.getBoolean("hiddenTests.tests[0].passed")).isTrue();
            assertThat(result.getBoolean("hiddenTests.tests[1].passed")).isFalse();
            assertThat(result.getString("hiddenTests.tests[1].message")).isEqualTo("AssertionError: 8 != 2");
            assertThat(result.getList("hiddenTests.integrityFlags", String.class))
                    .containsExactly("framework-patched");
            // The final files are the pod's snapshot, the candidate's hidden_tests/ included: only the run left it out.
            assertThat(result.getList("files.path"))
                    .containsExactly("main.py", "calc.py", "tests/test_calc.py", "hidden_tests/test_hidden_calc.py");
            assertThat(result.getString("files[1].sha256")).isEqualTo(sha256(fixed));

            // The session's pod saw the stop and the snapshot, never the suite; the suite ran in the fresh pod only.
            List<String> steps = kubelet.callsInto(pod).stream()
                    .map(KubernetesWorkspaceTest::step)
                    .collect(Collectors.toList());
            assertThat(steps).containsSubsequence("stop", "snapshot").doesNotContain("run hidden tests");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> client.pods()
                            .inNamespace(NAMESPACE)
                            .withLabel(SandboxPods.ASSESSMENT_LABEL, id.toString())
                            .list()
                            .getItems()
                            .isEmpty());
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void finalize_stops_the_processes_snapshots_then_runs_the_hidden_suite_in_a_pod_of_its_own_and_deletes_both()
            throws Exception {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.NODE);
        byte[] key = fixedResultKey((byte) 7);
        try {
            PodExecs kubelet = kubelet();
            String index = TestTasks.NODE.starter().get("index.js");
            String hidden = TestTasks.NODE.hidden().get("hidden_tests/index.test.js");
            // The final snapshot, with what interferes with test runs: a candidate's own hidden_tests/ is left out of
            // the run, the task's suite takes its place.
            String snapshot = "{\"files\":[" + snapshotFile("index.js", index) + ","
                    + snapshotFile("hidden_tests/index.test.js", "test('fake', () => {});") + "],\"skipped\":[],"
                    + "\"integrity\":[{\"code\":\"builtin-shadowing\",\"path\":\"node_modules/assert\"}]}";
            answerFinalSnapshot(kubelet, pod, snapshot);

            CompletableFuture<JsonPath> finalized = CompletableFuture.supplyAsync(() ->
                    Sandboxes.finalizeSandbox(id).statusCode(200).extract().jsonPath());
            // The hidden suite gets a pod of its own, made like the session's, and the test plays its kubelet.
            Pod isolated = isolatedPod(id, Duration.ofSeconds(20));
            String name = isolated.getMetadata().getName();
            assertThat(isolated.getSpec()
                            .getContainers()
                            .get(0)
                            .getSecurityContext()
                            .getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(isolated.getSpec().getRuntimeClassName()).isEqualTo("gvisor");
            String files = "[{\"path\":\"index.js\",\"contentBase64\":\"" + base64(index) + "\"},"
                    + "{\"path\":\"hidden_tests/index.test.js\",\"contentBase64\":\"" + base64(hidden) + "\"}]";
            kubelet.answerOnce(
                    PodExecs.isolatedPythonProgram(
                            name,
                            Duration.ofSeconds(30),
                            PodExecs.STARTER_FILES_PY,
                            List.of(Integer.toString(files.getBytes(StandardCharsets.UTF_8).length), "hidden_tests"),
                            files),
                    Reply.exit(0));
            String settings = new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(Map.of("key", HexFormat.of().formatHex(key)))
                            .replace("}", ",\"harness\":")
                    + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PodExecs.HIDDEN_NODE_MJS)
                    + "}\n";
            // What the harness reports for the task's suite (doubles passes, halves fails), signed with the run's key,
            // and a line it did not sign, as code under test writing on its channel would leave.
            String channel = String.join(
                    "",
                    signed(key, "{\"seq\":0,\"kind\":\"test\",\"id\":\"0\",\"name\":\"numbers\"}"),
                    signed(key, "{\"seq\":1,\"kind\":\"test\",\"id\":\"1\",\"name\":\"numbers > doubles\"}"),
                    signed(key, "{\"seq\":2,\"kind\":\"test\",\"id\":\"2\",\"name\":\"numbers > halves\"}"),
                    "0000000000000000000000000000000000000000000000000000000000000000 {\"seq\":3,\"kind\":\"result\","
                            + "\"id\":\"2\",\"passed\":true,\"counted\":true}\n",
                    signed(
                            key,
                            "{\"seq\":3,\"kind\":\"result\",\"id\":\"1\",\"passed\":true,\"message\":null,"
                                    + "\"counted\":true}"),
                    signed(
                            key,
                            "{\"seq\":4,\"kind\":\"result\",\"id\":\"2\",\"passed\":false,"
                                    + "\"message\":\"Expected values to be strictly equal:\\n\\n8 !== 2\",\"counted\":true}"),
                    signed(
                            key,
                            "{\"seq\":5,\"kind\":\"result\",\"id\":\"0\",\"passed\":false,"
                                    + "\"message\":\"1 subtest failed\",\"counted\":false}"),
                    signed(key, "{\"seq\":6,\"kind\":\"end\",\"output\":\"\"}"));
            kubelet.answerOnce(
                    PodExecs.isolatedPythonProgram(
                            name,
                            Duration.ofSeconds(30),
                            PodExecs.HIDDEN_NODE_PY,
                            List.of("/workspace", "hidden_tests"),
                            settings),
                    new Reply(List.of(channel), "", 0));
            markReady(isolated);

            JsonPath result = finalized.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.getString("hiddenTests.runner")).isEqualTo("node-test");
            assertThat(result.getInt("hiddenTests.total")).isEqualTo(2);
            assertThat(result.getInt("hiddenTests.passed")).isEqualTo(1);
            assertThat(result.getInt("hiddenTests.failed")).isEqualTo(1);
            assertThat(result.getBoolean("hiddenTests.timedOut")).isFalse();
            assertThat(result.getBoolean("hiddenTests.tests.find { it.name == 'numbers > doubles' }.passed"))
                    .isTrue();
            assertThat(result.getBoolean("hiddenTests.tests.find { it.name == 'numbers > halves' }.passed"))
                    .isFalse();
            assertThat(result.getString("hiddenTests.tests.find { it.name == 'numbers > halves' }.message"))
                    .isEqualTo("Expected values to be strictly equal:\n\n8 !== 2");
            assertThat(result.getList("hiddenTests.integrityFlags", String.class))
                    .containsExactly("builtin-shadowing", "forged-results");
            // The final files are the pod's snapshot.
            assertThat(result.getList("files.path")).containsExactly("index.js", "hidden_tests/index.test.js");
            assertThat(result.getString("files[0].sha256")).isEqualTo(sha256(index));

            // In the session's pod: the candidate's processes stopped, then the snapshot; nothing of the hidden suite.
            List<String> steps = kubelet.callsInto(pod).stream()
                    .map(KubernetesWorkspaceTest::step)
                    .collect(Collectors.toList());
            assertThat(steps).containsSubsequence("stop", "snapshot").doesNotContain("run hidden tests");
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            client.pods().inNamespace(NAMESPACE).withName(pod).get() == null
                                    && client.pods()
                                                    .inNamespace(NAMESPACE)
                                                    .withName(name)
                                                    .get()
                                            == null);
        } finally {
            Sandboxes.destroy(id);
        }
    }

    /**
     * Plays the session pod's part of finalize: the candidate's processes are killed, then the final snapshot is
     * {@code snapshot}. Forgets the calls into the pod so far, so that the test sees finalize's alone.
     */
    private static void answerFinalSnapshot(PodExecs kubelet, String pod, String snapshot) {
        kubelet.answerOnce(PodExecs.killAll(pod), Reply.exit(0));
        kubelet.answerOnce(
                PodExecs.isolatedPythonProgram(
                        pod,
                        Duration.ofSeconds(60),
                        PodExecs.SNAPSHOT_PY,
                        List.of("1048576", "52428800", "2000", "scan"),
                        ""),
                Reply.ok(snapshot));
        kubelet.callsInto(pod);
    }

    /** Makes the service sign the hidden-test run with a key of 32 {@code fill} bytes, and returns the key. */
    private static byte[] fixedResultKey(byte fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        QuarkusMock.installMockForType(new FixedKeys(key), ResultKeys.class);
        return key;
    }

    /** A fixed key for the hidden-test run, so that the mock kubelet can expect its input and sign its answer. */
    static final class FixedKeys extends ResultKeys {
        private final byte[] key;

        FixedKeys(byte[] key) {
            this.key = key;
        }

        @Override
        public byte[] next() {
            return key.clone();
        }
    }

    private static String signed(byte[] key, String payload) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))) + " " + payload + "\n";
    }

    private static String snapshotFile(String path, String content) {
        return "{\"path\":\"" + path + "\",\"encoding\":\"utf-8\",\"content\":" + json(content) + ",\"size\":"
                + content.getBytes(StandardCharsets.UTF_8).length + "}";
    }

    @Test
    void the_terminal_relays_the_pods_tty_sends_resizes_and_ends_with_the_shells_exit_code() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        try {
            // A login shell on a TTY (stdin and stdout, no separate stderr). The mock answers each frame as a shell
            // would; it answers a resize with a visible line, so that the browser sees the frame arrived.
            Exec shell = PodExecs.loginShell(pod);
            server.expect()
                    .get()
                    .withPath(shell.path())
                    .andUpgradeToWebSocket()
                    .open()
                    .expect(PodExecs.frame(PodExecs.RESIZE, "{\"Width\":80,\"Height\":24}"))
                    .andEmit(PodExecs.stdout("sandbox:/workspace$ "))
                    .once()
                    .expect(PodExecs.frame(PodExecs.RESIZE, "{\"Width\":120,\"Height\":40}"))
                    .andEmit(PodExecs.stdout("[now 120 columns, 40 rows]\r\n"))
                    .once()
                    .expect(PodExecs.frame((byte) 0, "python3 main.py\r"))
                    .andEmit(PodExecs.stdout("python3 main.py\r\n2 + 3 = 6\r\nsandbox:/workspace$ "))
                    .once()
                    .expect(PodExecs.frame((byte) 0, "exit 7\r"))
                    .andEmit(PodExecs.status(7, true))
                    .once()
                    .done()
                    .once();

            TerminalSocketTest.Received received = new TerminalSocketTest.Received();
            WebSocketClientConnection connection = TerminalSocketTest.connect(base, id, CANDIDATE, received);
            await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("sandbox:/workspace$ "));
            connection.sendTextAndAwait("{\"type\":\"resize\",\"cols\":120,\"rows\":40}");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> received.output().contains("[now 120 columns, 40 rows]"));
            connection.sendTextAndAwait(TerminalSocketTest.input("python3 main.py\r"));
            await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("2 + 3 = 6"));
            connection.sendTextAndAwait(TerminalSocketTest.input("exit 7\r"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> received.messages.stream().anyMatch(m -> m.contains("\"type\":\"exit\"")));
            assertThat(received.messages).anyMatch(m -> m.contains("\"code\":7"));
            await().atMost(Duration.ofSeconds(60)).until(() -> received.closeCode.get() != 0);

            ActivityTopic.awaitEvent(id, ActivityTopic.terminalCommand("python3 main.py"));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    @Test
    void a_terminal_whose_exec_stream_breaks_says_so_and_closes() {
        UUID id = UUID.randomUUID();
        String pod = provision(id, TestTasks.PYTHON);
        try {
            // The stream ends without an exit status (the mock closes it on the unexpected input, as a broken
            // connection to the pod would): the browser is told the shell is gone instead of waiting on a dead socket.
            server.expect()
                    .get()
                    .withPath(PodExecs.loginShell(pod).path())
                    .andUpgradeToWebSocket()
                    .open()
                    .expect(PodExecs.frame(PodExecs.RESIZE, "{\"Width\":80,\"Height\":24}"))
                    .andEmit(PodExecs.stdout("sandbox:/workspace$ "))
                    .once()
                    .done()
                    .once();
            TerminalSocketTest.Received received = new TerminalSocketTest.Received();
            WebSocketClientConnection connection = TerminalSocketTest.connect(base, id, CANDIDATE, received);
            await().atMost(Duration.ofSeconds(60)).until(() -> received.output().contains("sandbox:/workspace$ "));
            connection.sendTextAndAwait(TerminalSocketTest.input("ls\r"));
            await().atMost(Duration.ofSeconds(60)).until(() -> received.closeCode.get() != 0);
            assertThat(received.messages).anyMatch(m -> m.contains("\"type\":\"exit\"") && m.contains("\"code\":-1"));
        } finally {
            Sandboxes.destroy(id);
        }
    }

    /**
     * Provisions a session through the internal API, playing the kubelet: the session's pod becomes ready, and takes
     * the task's starter files on stdin (exactly these bytes, or provisioning fails). Returns the pod's name.
     */
    private String provision(UUID id, TestTasks.Task task) {
        // A ready pod of the warm pool would be taken instead of a pod of the session's own name.
        client
                .pods()
                .inNamespace(NAMESPACE)
                .withLabel(SandboxPods.POOL_LABEL, SandboxPods.POOL_WARM)
                .list()
                .getItems()
                .stream()
                .filter(SandboxPods::isReady)
                .forEach(p -> client.resource(p).delete());
        String pod = SandboxPods.podName(id);
        String starter = task.starter().entrySet().stream()
                .map(e -> "{\"path\":\"" + e.getKey() + "\",\"contentBase64\":\"" + base64(e.getValue()) + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        PodExecs kubelet = kubelet();
        kubelet.answerOnce(
                PodExecs.isolatedPythonProgram(
                        pod,
                        Duration.ofSeconds(30),
                        PodExecs.STARTER_FILES_PY,
                        List.of(Integer.toString(starter.getBytes(StandardCharsets.UTF_8).length)),
                        starter),
                Reply.exit(0));
        // The periodic copies of the workspace (and finalize's) find the starter files in it.
        String files = task.starter().entrySet().stream()
                .map(e -> "{\"path\":\"" + e.getKey() + "\",\"encoding\":\"utf-8\",\"content\":"
                        + json(e.getValue()) + ",\"size\":" + e.getValue().getBytes(StandardCharsets.UTF_8).length
                        + "}")
                .collect(Collectors.joining(",", "{\"files\":[", "],\"skipped\":[]}"));
        kubelet.answerAlways(
                PodExecs.isolatedPythonProgram(
                        pod, Duration.ofSeconds(60), PodExecs.SNAPSHOT_PY, List.of("1048576", "52428800", "2000"), ""),
                Reply.ok(files));

        CompletableFuture<Integer> created = CompletableFuture.supplyAsync(() -> Sandboxes.provisionRequest(
                        id,
                        task,
                        KeycloakTokens.subject(CANDIDATE),
                        Instant.now().plus(Duration.ofMinutes(30)))
                .extract()
                .statusCode());
        Pod scheduled = await().atMost(Duration.ofSeconds(60))
                .until(() -> client.pods().inNamespace(NAMESPACE).withName(pod).get(), p -> p != null);
        markReady(scheduled);
        assertThat(created.join()).isEqualTo(201);
        return pod;
    }

    /** The pod finalize makes for the session's hidden tests, once it is there. */
    private Pod isolatedPod(UUID id, Duration wait) {
        return Kubelet.awaitPod(
                client,
                NAMESPACE,
                Map.of(
                        SandboxPods.ASSESSMENT_LABEL,
                        id.toString(),
                        KubernetesSandboxBackend.ROLE_LABEL,
                        KubernetesSandboxBackend.ROLE_ISOLATED),
                wait);
    }

    /** The pods of a session, but a pod of its own for the hidden tests. */
    private List<String> sessionPods(UUID id) {
        return client
                .pods()
                .inNamespace(NAMESPACE)
                .withLabel(SandboxPods.ASSESSMENT_LABEL, id.toString())
                .list()
                .getItems()
                .stream()
                .filter(p -> !KubernetesSandboxBackend.ROLE_ISOLATED.equals(
                        p.getMetadata().getLabels().get(KubernetesSandboxBackend.ROLE_LABEL)))
                .map(p -> p.getMetadata().getName())
                .toList();
    }

    /** A file as {@code starter_files.py} reads it on stdin. */
    private static String starterFile(String path, String content) {
        return "{\"path\":\"" + path + "\",\"contentBase64\":\"" + base64(content) + "\"}";
    }

    private JsonPath run(UUID id, String command) {
        return Sandboxes.run(id, CANDIDATE, command).statusCode(200).extract().jsonPath();
    }

    /** Names an exec call of finalize by its command line. */
    private static String step(List<String> argv) {
        if (argv.equals(List.of("/bin/sh", "-c", "kill -KILL -1"))) {
            return "stop";
        }
        if (argv.contains("1048576") && argv.contains("52428800")) {
            return "snapshot";
        }
        if (argv.contains("hidden_tests")) {
            return "run hidden tests";
        }
        return String.join(" ", argv);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

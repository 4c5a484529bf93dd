package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands in a real jail: the candidate's code runs, and every abuse is stopped by its own limit while the service
 * and other sessions carry on. Test limits: 2 CPU seconds per process, 8 s per command, 64 processes, 10 MiB files.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class RunResourceTest {

    @TestHTTPResource("/")
    URI base;

    UUID id;

    @BeforeEach
    void provision() {
        id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
    }

    @AfterEach
    void destroy() {
        Sandboxes.destroy(id);
    }

    private JsonPath run(String command) {
        return Sandboxes.run(id, CANDIDATE, command).statusCode(200).extract().jsonPath();
    }

    @Test
    void runs_the_candidates_code_and_the_visible_tests_and_records_each_run() {
        JsonPath main = run("python3 main.py");
        assertThat(main.getInt("exitCode")).isZero();
        assertThat(main.getString("stdout")).isEqualTo("2 + 3 = 6\n");
        assertThat(main.getBoolean("truncated")).isFalse();

        JsonPath tests = run(TestTasks.PYTHON.visibleTestCommand());
        assertThat(tests.getInt("exitCode")).isZero();
        assertThat(tests.getString("stderr")).contains("Ran 1 test").contains("OK");

        JsonPath failing = run("echo out; echo err >&2; exit 3");
        assertThat(failing.getInt("exitCode")).isEqualTo(3);
        assertThat(failing.getString("stdout")).isEqualTo("out\n");
        assertThat(failing.getString("stderr")).isEqualTo("err\n");

        ActivityTopic.awaitEvent(id, ActivityTopic.testRun("python3 main.py"));
        ActivityTopic.awaitEvent(
                id,
                event -> event.path("data").path("exitCode").asInt() == 3
                        && "test_run".equals(event.path("kind").asText()));
    }

    @Test
    void the_sandbox_runs_as_an_unprivileged_user_with_a_clean_environment_and_its_own_hostname() {
        JsonPath who =
                run("id -u; id -g; hostname; echo $HOME; pwd; env; cat /proc/self/status | grep -E '^Cap(Eff|Prm)'");
        String out = who.getString("stdout");
        assertThat(out).startsWith("1000\n1000\nsandbox\n/workspace\n/workspace\n");
        assertThat(out)
                .doesNotContain("SERVICE_CLIENT_SECRET")
                .doesNotContain("KAFKA")
                .doesNotContain("QUARKUS")
                .contains("CapEff:\t0000000000000000")
                .contains("CapPrm:\t0000000000000000");
        // The host's files are not there: only the read-only system, a private /tmp and the workspace.
        JsonPath look = run("ls /; cat /etc/passwd; touch /usr/x 2>&1; ls /root 2>&1; ls /home 2>&1");
        assertThat(look.getString("stdout"))
                .contains("workspace")
                .doesNotContain("home\n")
                .contains("sandbox:x:1000:1000")
                .contains("Read-only file system");
    }

    @Test
    void there_is_no_network_the_machines_postgresql_is_unreachable() {
        JsonPath pg = run(
                "python3 -c \"import socket; s = socket.create_connection(('127.0.0.1', 5432), timeout=3); print('connected')\"");
        assertThat(pg.getInt("exitCode")).isNotZero();
        assertThat(pg.getString("stdout")).doesNotContain("connected");
        assertThat(pg.getString("stderr")).contains("ConnectionRefusedError");
        JsonPath out = run("python3 -c \"import socket; socket.create_connection(('1.1.1.1', 53), timeout=3)\"");
        assertThat(out.getInt("exitCode")).isNotZero();
        assertThat(out.getString("stderr")).contains("unreachable");
    }

    @Test
    void a_fork_bomb_is_stopped_by_the_process_limit_and_harms_nobody() {
        UUID neighbour = Sandboxes.provision(TestTasks.NO_HIDDEN, CANDIDATE);
        try {
            JsonPath bomb = run("bomb() { bomb | bomb & }; bomb; sleep 2; echo survived");
            assertThat(bomb.getString("stderr")).contains("Resource temporarily unavailable");
            // The service answers, the neighbour runs, and the bombed session can run again once it is killed.
            assertThat(Sandboxes.run(neighbour, CANDIDATE, "echo fine")
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getString("stdout"))
                    .isEqualTo("fine\n");
            io.restassured.RestAssured.get("/q/health/live").then().statusCode(200);
        } finally {
            Sandboxes.destroy(neighbour);
        }
    }

    @Test
    void a_memory_hog_is_stopped_by_the_address_space_limit() {
        JsonPath hog = run("python3 -c \"x = bytearray(4 * 1024 ** 3); print('allocated')\"");
        assertThat(hog.getInt("exitCode")).isNotZero();
        assertThat(hog.getString("stderr")).contains("MemoryError");
        assertThat(hog.getString("stdout")).doesNotContain("allocated");
    }

    @Test
    void a_disk_filler_is_stopped_by_the_file_size_limit() {
        // SIGXFSZ (25) ends the writer: 128 + 25; the file stops at the limit (10 MiB in tests).
        JsonPath filler = run("dd if=/dev/zero of=huge.bin bs=1M count=200");
        assertThat(filler.getInt("exitCode")).isEqualTo(153);
        assertThat(run("stat -c %s huge.bin").getString("stdout")).isEqualTo("10485760\n");
        JsonPath tmp = run("dd if=/dev/zero of=/tmp/huge.bin bs=1M count=200");
        assertThat(tmp.getInt("exitCode")).isNotZero();
        assertThat(run("echo still here").getString("stdout")).isEqualTo("still here\n");
    }

    @Test
    void an_endless_loop_and_a_sleeper_are_stopped_by_their_limits() {
        // Each process has a CPU-time limit (2 s in tests) and each command a wall-clock limit (8 s in tests); on a
        // busy machine either may strike first for a busy loop, and both end it with SIGKILL or SIGXCPU.
        assertThat(run("ulimit -t").getString("stdout")).isEqualTo("2\n");
        JsonPath loop = run("python3 -c 'while True: pass'");
        assertThat(loop.getInt("exitCode")).isIn(137, 152);

        JsonPath sleeper = run("echo started; sleep 600");
        assertThat(sleeper.getBoolean("timedOut")).isTrue();
        assertThat(sleeper.getBoolean("stopped")).isFalse();
        assertThat(sleeper.getInt("timeLimitSeconds")).isEqualTo(8);
        assertThat(sleeper.getInt("exitCode")).isEqualTo(137);
        assertThat(sleeper.getString("stdout")).isEqualTo("started\n");
        assertThat(run("echo next").getString("stdout")).isEqualTo("next\n");
    }

    @Test
    void stop_ends_every_pending_run_at_once_and_leaves_the_terminal_alone() throws Exception {
        TerminalSocketTest.Received terminal = new TerminalSocketTest.Received();
        WebSocketClientConnection connection = TerminalSocketTest.connect(base, id, CANDIDATE, terminal);
        connection.sendTextAndAwait(TerminalSocketTest.input("sleep 300 & echo job-started-$((40 + 2))\r"));
        await().atMost(Duration.ofSeconds(60)).until(() -> terminal.output().contains("job-started-42"));
        status(CANDIDATE).statusCode(200).body("timeLimitSeconds", is(8)).body("running", is(false));

        CompletableFuture<JsonPath> sleeper = CompletableFuture.supplyAsync(() -> run("sleep 30"));
        CompletableFuture<JsonPath> chatty =
                CompletableFuture.supplyAsync(() -> run("echo started; sleep 30; echo never"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> status(CANDIDATE).extract().jsonPath().getBoolean("running"));
        // Both commands are under way in the jail (the terminal's sleep is the third); asked in the terminal, as a
        // third run would be refused while two run.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    connection.sendTextAndAwait(TerminalSocketTest.input("echo sleeps-$(pgrep -xc sleep)\r"));
                    return terminal.output().contains("sleeps-3");
                });

        long stopAt = System.nanoTime();
        stop(CANDIDATE).statusCode(204);
        for (CompletableFuture<JsonPath> pending : List.of(sleeper, chatty)) {
            JsonPath answer = pending.get(20, TimeUnit.SECONDS);
            assertThat(answer.getBoolean("stopped")).isTrue();
            assertThat(answer.getBoolean("timedOut")).isFalse();
            assertThat(answer.getInt("exitCode")).isEqualTo(137);
            assertThat(answer.getLong("durationMs")).isLessThan(8_000);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - stopAt)).isLessThan(Duration.ofSeconds(6));
        assertThat(chatty.get().getString("stdout")).isEqualTo("started\n");
        status(CANDIDATE).statusCode(200).body("running", is(false));

        // The terminal and its own job carry on; the next run is not stopped.
        connection.sendTextAndAwait(TerminalSocketTest.input("kill -0 $! && echo job-alive-$((40 + 2))\r"));
        await().atMost(Duration.ofSeconds(60)).until(() -> terminal.output().contains("job-alive-42"));
        JsonPath next = run("echo next");
        assertThat(next.getString("stdout")).isEqualTo("next\n");
        assertThat(next.getBoolean("stopped")).isFalse();
        connection.closeAndAwait();

        ActivityTopic.awaitEvent(
                id,
                ActivityTopic.testRun("sleep 30")
                        .and(event -> event.path("data").path("stopped").asBoolean()));
    }

    @Test
    void only_the_owner_may_ask_about_or_stop_runs_and_a_stop_with_nothing_running_is_harmless() throws Exception {
        stop(CANDIDATE).statusCode(204);
        status(CANDIDATE).statusCode(200).body("running", is(false)).body("timeLimitSeconds", is(8));

        CompletableFuture<JsonPath> pending = CompletableFuture.supplyAsync(() -> run("sleep 2; echo done"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> status(CANDIDATE).extract().jsonPath().getBoolean("running"));
        for (String other : List.of(KeycloakTokens.BUSINESS, KeycloakTokens.ADMIN)) {
            stop(other).statusCode(404).contentType("application/problem+json");
            status(other).statusCode(404).contentType("application/problem+json");
        }
        JsonPath done = pending.get(20, TimeUnit.SECONDS);
        assertThat(done.getString("stdout")).isEqualTo("done\n");
        assertThat(done.getBoolean("stopped")).isFalse();
        assertThat(done.getInt("timeLimitSeconds")).isEqualTo(8);

        io.restassured.RestAssured.given()
                .auth()
                .oauth2(KeycloakTokens.accessToken(CANDIDATE))
                .post("/api/assessments/" + UUID.randomUUID() + "/run/stop")
                .then()
                .statusCode(404);
        io.restassured.RestAssured.given()
                .post("/api/assessments/" + id + "/run/stop")
                .then()
                .statusCode(401);
    }

    private io.restassured.response.ValidatableResponse status(String username) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(KeycloakTokens.accessToken(username))
                .get("/api/assessments/" + id + "/run")
                .then();
    }

    private io.restassured.response.ValidatableResponse stop(String username) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(KeycloakTokens.accessToken(username))
                .post("/api/assessments/" + id + "/run/stop")
                .then();
    }

    @Test
    void output_is_capped_and_flagged_as_truncated() {
        JsonPath flood = run("head -c 1000000 /dev/zero | tr '\\0' 'a'");
        assertThat(flood.getBoolean("truncated")).isTrue();
        assertThat(flood.getString("stdout")).hasSize(262144);
    }

    @Test
    void another_sessions_workspace_is_out_of_reach() {
        UUID other = Sandboxes.provision(TestTasks.NODE, CANDIDATE);
        try {
            JsonPath look = run(
                    // /usr and /node_modules are the platform's read-only runtime, the same in every jail.
                    "ls /workspace; cat /proc/mounts; find / -name index.js -not -path '/proc/*' -not -path '/usr/*'"
                            + " -not -path '/node_modules/*' 2>/dev/null");
            assertThat(look.getString("stdout"))
                    .contains("calc.py")
                    .doesNotContain("index.js")
                    .doesNotContain(other.toString());
            Sandboxes.run(other, CANDIDATE, "ls").statusCode(200).body("stdout", not(containsString("calc.py")));
        } finally {
            Sandboxes.destroy(other);
        }
    }

    @Test
    void commands_are_validated() {
        Sandboxes.run(id, CANDIDATE, " ")
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("command"));
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.backend.local.TestConfigs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The admission limits through the APIs: a user's third sandbox is refused with 429, a full machine with 503, a
 * session's third terminal closes with 4429 and its third concurrent run is refused with 429; each answer says why and
 * when to try again, and nothing of the refused request is left behind.
 */
@QuarkusTest
@TestProfile(LimitsProfile.class)
@QuarkusTestResource(SiblingServices.class)
class AdmissionLimitsTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    LocalSandboxBackend backend;

    @AfterAll
    static void removeLeftovers() {
        TestConfigs.removeCgroupParent(LimitsProfile.CGROUP_PARENT);
        try (var paths = java.nio.file.Files.walk(LimitsProfile.ROOT)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // nothing left
        }
    }

    @Test
    void a_users_third_live_sandbox_is_refused_with_429_until_one_of_them_ends() {
        String owner = "limits-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        try {
            provision(first, owner).statusCode(201);
            provision(second, owner).statusCode(201);
            provision(third, owner)
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", "7")
                    .body("type", endsWith("/too-many-sandboxes"))
                    .body("limit", is(2))
                    .body("detail", containsString("2 sandboxes running"));
            assertThat(backend.known()).doesNotContain(third);
            // The same assessment again is no new sandbox: still 200 with the existing one.
            provision(second, owner).statusCode(200);
            Sandboxes.destroy(first);
            provision(third, owner).statusCode(201);
        } finally {
            List.of(first, second, third).forEach(Sandboxes::destroy);
        }
    }

    @Test
    void a_full_machine_refuses_a_new_sandbox_with_503() {
        List<UUID> made = new ArrayList<>();
        try {
            for (String owner : List.of("host-a", "host-a", "host-b")) {
                UUID id = UUID.randomUUID();
                made.add(id);
                provision(id, owner + "-" + LimitsProfile.SUFFIX).statusCode(201);
            }
            UUID refused = UUID.randomUUID();
            provision(refused, "host-c-" + LimitsProfile.SUFFIX)
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "7")
                    .body("type", endsWith("/sandbox-capacity"))
                    .body("limit", is(3));
            assertThat(backend.known()).doesNotContain(refused);
            Sandboxes.destroy(made.get(0));
            provision(refused, "host-c-" + LimitsProfile.SUFFIX).statusCode(201);
            made.add(refused);
        } finally {
            made.forEach(Sandboxes::destroy);
        }
    }

    @Test
    void a_sessions_third_concurrent_run_is_refused_with_429() {
        try (TempUsers.TempUser user = TempUsers.individual("runs")) {
            UUID id = UUID.randomUUID();
            provision(id, user.id()).statusCode(201);
            try {
                List<CompletableFuture<Integer>> sleepers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    sleepers.add(CompletableFuture.supplyAsync(
                            () -> run(id, user, "sleep 30").extract().statusCode()));
                }
                // The third waits for nobody: refused at once while both sleepers run.
                AtomicReference<ValidatableResponse> third = new AtomicReference<>();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    ValidatableResponse response = run(id, user, "echo third");
                    third.set(response);
                    return response.extract().statusCode() == 429;
                });
                third.get()
                        .contentType("application/problem+json")
                        .header("Retry-After", "7")
                        .body("type", endsWith("/too-many-runs"))
                        .body("detail", containsString("2 commands are already running"));
                given().auth()
                        .oauth2(user.token())
                        .post("/api/assessments/" + id + "/run/stop")
                        .then()
                        .statusCode(204);
                sleepers.forEach(sleeper -> assertThat(sleeper.join()).isEqualTo(200));
                run(id, user, "echo again").statusCode(200).body("stdout", is("again\n"));
            } finally {
                Sandboxes.destroy(id);
            }
        }
    }

    @Test
    void a_sessions_third_terminal_closes_with_4429_and_says_why() {
        try (TempUsers.TempUser user = TempUsers.individual("terminals")) {
            UUID id = UUID.randomUUID();
            provision(id, user.id()).statusCode(201);
            try {
                Closed first = new Closed();
                Closed second = new Closed();
                Closed third = new Closed();
                WebSocketClientConnection one = connect(id, user, first);
                connect(id, user, second);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> first.output.get().contains("output")
                                && second.output.get().contains("output"));
                connect(id, user, third);
                await().atMost(Duration.ofSeconds(60)).until(() -> third.code.get() != 0);
                assertThat(third.code.get()).isEqualTo(4429);
                assertThat(third.reason.get()).contains("2 terminals are already open");
                assertThat(first.code.get()).isZero();
                one.closeAndAwait();
                // The service frees the slot when it has seen the close, which may come after closeAndAwait returns:
                // a terminal opened in between is refused (4429) and the next one is tried, until one opens.
                AtomicReference<Closed> fourth = new AtomicReference<>();
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    Closed attempt = new Closed();
                    fourth.set(attempt);
                    connect(id, user, attempt);
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> attempt.output.get().contains("output") || attempt.code.get() != 0);
                    return attempt.output.get().contains("output");
                });
                assertThat(fourth.get().code.get()).isZero();
            } finally {
                Sandboxes.destroy(id);
            }
        }
    }

    /** How a terminal socket ended, and what it printed. */
    static final class Closed {
        final AtomicInteger code = new AtomicInteger();
        final AtomicReference<String> reason = new AtomicReference<>("");
        final AtomicReference<String> output = new AtomicReference<>("");
    }

    private WebSocketClientConnection connect(UUID id, TempUsers.TempUser user, Closed closed) {
        String carrier = "quarkus-http-upgrade#Authorization#Bearer " + user.token();
        return BasicWebSocketConnector.create()
                .baseUri(base)
                .path("/ws/sandbox/" + id + "/terminal")
                .addSubprotocol("bearer-token-carrier")
                .addSubprotocol(carrier.replace("#", "%23").replace(" ", "%20"))
                .onTextMessage((connection, message) -> closed.output.accumulateAndGet(message, String::concat))
                .onClose((connection, reason) -> {
                    closed.reason.set(reason.getMessage() == null ? "" : reason.getMessage());
                    closed.code.set(reason.getCode());
                })
                .connectAndAwait();
    }

    private static ValidatableResponse provision(UUID id, String ownerId) {
        return Sandboxes.provisionRequest(
                id, TestTasks.PYTHON, ownerId, Instant.now().plus(Duration.ofMinutes(10)));
    }

    private static ValidatableResponse run(UUID id, TempUsers.TempUser user, String command) {
        return given().auth()
                .oauth2(user.token())
                .contentType(ContentType.JSON)
                .body(Map.of("command", command))
                .post("/api/assessments/" + id + "/run")
                .then();
    }
}

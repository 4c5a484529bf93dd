package ai.smartsuccess.skillslab.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.platform.test.FaultTolerance;
import ai.smartsuccess.skillslab.platform.test.FaultTolerance.Timed;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import ai.smartsuccess.skillslab.sandbox.backend.local.LocalSandboxBackend;
import ai.smartsuccess.skillslab.sandbox.client.TaskClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * task-service is down (nothing listens at its address): creating a sandbox, which needs the task's bundle, answers a
 * 502 problem after a few quick retries, and at once once the breaker opened, without keeping anything of the session;
 * when task-service is back, the same assessment gets its sandbox.
 */
@QuarkusTest
@TestProfile(TaskServiceDownResourceTest.TaskServiceDown.class)
class TaskServiceDownResourceTest {

    private static final String BREAKER = "task-service";

    /** The open breaker lets a call through to task-service again after this long (production's value). */
    private static final Duration BREAKER_DELAY = Duration.ofSeconds(5);

    private static final Duration RETRY_CEILING = FaultTolerance.RETRY_DELAY.multipliedBy(2);

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    LocalSandboxBackend backend;

    @Inject
    S3Client s3;

    @Test
    void provisioning_answers_a_bad_gateway_problem_quickly_keeps_nothing_and_works_once_task_service_is_back() {
        breakers.reset(BREAKER);
        // A user of their own who may have one live sandbox: a refused request that kept its reservation would
        // block their next one.
        String owner = "task-service-down-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        // Fetched before the clock runs: only task-service's part of the answer is timed.
        KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT);

        Timed first = refused(id, owner);
        // Two retries, each after the delay: the connection was refused three times.
        assertThat(first.took()).isGreaterThanOrEqualTo(FaultTolerance.RETRY_DELAY.multipliedBy(2));
        assertThat(first.took()).isLessThan(Duration.ofSeconds(10));
        assertNothingKept(id);

        for (int call = 0;
                call < FaultTolerance.BREAKER_WINDOW && breakers.currentState(BREAKER) != CircuitBreakerState.OPEN;
                call++) {
            UUID other = UUID.randomUUID();
            assertThat(refused(other, owner).took()).isLessThan(Duration.ofSeconds(10));
            assertNothingKept(other);
        }
        assertThat(breakers.currentState(BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        Timed open = refused(id, owner);
        System.out.printf(
                "task-service down: first provisioning %d ms, with the breaker open %d ms%n",
                first.took().toMillis(), open.took().toMillis());
        // Not even one retry delay: task-service was not called.
        assertThat(open.took()).isLessThan(FaultTolerance.RETRY_DELAY);
        assertNothingKept(id);

        WireMockServer taskService =
                new WireMockServer(options().bindAddress("127.0.0.1").port(taskServicePort()));
        taskService.start();
        try {
            SiblingServices.serveTasks(taskService);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
            // Refused at once while the breaker is open; once it lets a call through, the sandbox is created.
            await().atMost(BREAKER_DELAY.plusSeconds(25))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Sandboxes.provisionRequest(id, TestTasks.PYTHON, owner, deadline)
                                    .extract()
                                    .statusCode()
                            == 201);
            assertThat(breakers.currentState(BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
            assertThat(TestDatabase.value("select state from sandbox.sandbox_sessions where assessment_id = ?", id))
                    .isEqualTo("ready");
            assertThat(backend.known()).contains(id);
            Sandboxes.destroy(id);
        } finally {
            taskService.stop();
        }
    }

    private static Timed refused(UUID id, String owner) {
        Timed timed = FaultTolerance.timed(() -> Sandboxes.provisionRequest(
                id, TestTasks.PYTHON, owner, Instant.now().plus(Duration.ofMinutes(30))));
        timed.response()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", endsWith("/upstream"))
                .body("status", equalTo(502))
                .body("detail", equalTo("A service this one depends on failed. Try again later."));
        return timed;
    }

    /** No session row, no sandbox, no starter files: as if the request had never come. */
    private void assertNothingKept(UUID id) {
        assertThat(TestDatabase.value("select count(*) from sandbox.sandbox_sessions where assessment_id = ?", id))
                .isEqualTo(0L);
        assertThat(backend.known()).doesNotContain(id);
        assertThatThrownBy(() -> s3.headObject(r -> r.bucket("submissions").key(id + "/starter-files.json")))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    private static int taskServicePort() {
        return URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.task-service.url", String.class))
                .getPort();
    }

    /**
     * task-service's address is a free local port where nothing listens (a connection is refused at once) until the
     * test starts task-service there; one sandbox per user, small fault-tolerance settings with production's breaker
     * delay.
     */
    public static class TaskServiceDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(FaultTolerance.settings(TaskClient.class, "fetch"));
            String method = TaskClient.class.getName() + "/fetch/";
            // The client backs off exponentially; a constant delay keeps the retries' clock (and the back-off's
            // maximum must stay above the delay).
            settings.put(method + "ExponentialBackoff/factor", "1");
            settings.put(method + "ExponentialBackoff/maxDelay", String.valueOf(RETRY_CEILING.toMillis()));
            settings.put(method + "ExponentialBackoff/maxDelayUnit", "MILLIS");
            settings.put(method + "CircuitBreaker/delay", String.valueOf(BREAKER_DELAY.toMillis()));
            settings.put("quarkus.rest-client.task-service.url", "http://127.0.0.1:" + freePort());
            settings.put("skillslab.sandbox.admission.sandboxes-per-user", "1");
            return settings;
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

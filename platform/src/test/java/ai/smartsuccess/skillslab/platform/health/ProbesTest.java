package ai.smartsuccess.skillslab.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void a_ping_that_answers_is_up_without_data() {
        HealthCheckResponse response =
                await(Probes.bounded("object-storage", Uni.createFrom().item("pong")));

        assertThat(response.getName()).isEqualTo("object-storage");
        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(response.getData()).isEmpty();
    }

    @Test
    void a_ping_that_fails_is_down_with_the_errors_class_name() {
        HealthCheckResponse response = await(
                Probes.bounded("tracking-storage", Uni.createFrom().failure(new IOException("connection refused"))));

        assertThat(response.getName()).isEqualTo("tracking-storage");
        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).contains(Map.of("error", "IOException"));
    }

    @Test
    void a_ping_that_never_answers_is_down_after_the_bound() {
        long started = System.nanoTime();
        HealthCheckResponse response =
                await(Probes.bounded("object-storage", Uni.createFrom().nothing()));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Probes.BOUND);
        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(response.getData()).contains(Map.of("error", "TimeoutException"));
    }

    @Test
    void on_an_answer_the_caller_decides_status_and_data() {
        HealthCheckResponse pending = await(Probes.bounded(
                "object-storage",
                Uni.createFrom().voidItem(),
                builder -> builder.status(false).withData("defaultTaskFiles", "pending")));

        assertThat(pending.getName()).isEqualTo("object-storage");
        assertThat(pending.getStatus()).isEqualTo(Status.DOWN);
        assertThat(pending.getData()).contains(Map.of("defaultTaskFiles", "pending"));

        HealthCheckResponse failed = await(Probes.bounded(
                "object-storage",
                Uni.createFrom().failure(new IllegalStateException()),
                builder -> builder.up().withData("defaultTaskFiles", "seeded")));

        assertThat(failed.getStatus()).isEqualTo(Status.DOWN);
        assertThat(failed.getData()).contains(Map.of("error", "IllegalStateException"));
    }

    private static HealthCheckResponse await(Uni<HealthCheckResponse> check) {
        // The probe itself never fails: every failure becomes a DOWN answer.
        return check.await().atMost(Duration.ofSeconds(60));
    }
}

package ai.smartsuccess.skillslab.platform.health;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness of a dependency answered by a ping (an object-storage bucket, for example). The ping is bounded: a
 * dependency that hangs must not hang {@code /q/health/ready} with it, and a probe that times out is as good as down.
 */
public final class Probes {

    /** How long a ping may take before the dependency counts as down. */
    public static final Duration BOUND = Duration.ofSeconds(3);

    private Probes() {}

    /** {@code name} is up when {@code ping} answers within {@link #BOUND}, down with the error's class name if not. */
    public static Uni<HealthCheckResponse> bounded(String name, Uni<?> ping) {
        return bounded(name, ping, HealthCheckResponseBuilder::up);
    }

    /**
     * As {@link #bounded(String, Uni)}, but when {@code ping} answers {@code onAnswer} decides the status and data on
     * the builder already named {@code name} (for a dependency that also has to hold something to be of use).
     */
    public static Uni<HealthCheckResponse> bounded(
            String name, Uni<?> ping, UnaryOperator<HealthCheckResponseBuilder> onAnswer) {
        return ping.ifNoItem()
                .after(BOUND)
                .fail()
                .map(ignored -> onAnswer.apply(HealthCheckResponse.named(name)).build())
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named(name)
                        .down()
                        .withData("error", e.getClass().getSimpleName())
                        .build());
    }
}

package ai.smartsuccess.skillslab.platform.test;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Small, deterministic fault-tolerance settings for tests of a callee that is down, and a clock for the calls: the
 * annotations' values are overridden by configuration ({@code <class>/<method>/<annotation>/<member>}).
 */
public final class FaultTolerance {

    /** Between retries, without jitter: a call that was retried twice took at least twice this. */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Attempts (each retry counts) in the breaker's window; all failing, it opens. */
    public static final int BREAKER_WINDOW = 4;

    /**
     * For a method with {@code @Timeout}, {@code @Retry} and {@code @CircuitBreaker}; the breaker stays open for the
     * whole test once it opened.
     */
    public static Map<String, String> settings(Class<?> client, String method) {
        String prefix = client.getName() + "/" + method + "/";
        Map<String, String> settings = new HashMap<>();
        settings.put(prefix + "Timeout/value", String.valueOf(TIMEOUT.toMillis()));
        settings.put(prefix + "Timeout/unit", "MILLIS");
        settings.put(prefix + "Retry/delay", String.valueOf(RETRY_DELAY.toMillis()));
        settings.put(prefix + "Retry/delayUnit", "MILLIS");
        settings.put(prefix + "Retry/jitter", "0");
        settings.put(prefix + "CircuitBreaker/requestVolumeThreshold", String.valueOf(BREAKER_WINDOW));
        settings.put(prefix + "CircuitBreaker/delay", "600000");
        settings.put(prefix + "CircuitBreaker/delayUnit", "MILLIS");
        return settings;
    }

    /** The response of a call and how long it took. */
    public record Timed(ValidatableResponse response, Duration took) {}

    public static Timed timed(Supplier<ValidatableResponse> call) {
        long started = System.nanoTime();
        ValidatableResponse response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private FaultTolerance() {}
}

package ai.smartsuccess.skillslab.platform.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code limit} hits per caller in each fixed window (windows aligned on the epoch: a one-minute window is a
 * calendar minute), counted in Redis so that every replica shares the counts: one {@code INCR} per hit on a key named
 * after the window, which expires once the window is over.
 *
 * <p>Not a bean: a service constructs one per limit with its own Redis data source, so that services without Redis
 * never load the client.
 */
public final class FixedWindowLimiter {

    /**
     * The answer for one hit: whether it is within the limit, how many remain in this window, and the seconds until
     * the next window (1 to the window's length), the {@code Retry-After} of a refusal.
     */
    public record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds) {}

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final String keyPrefix;
    private final int limit;
    private final long windowSeconds;
    private final long expirySeconds;
    private final Clock clock;

    /** Counts under {@code keyPrefix + caller + ":" + window number}. */
    public FixedWindowLimiter(ReactiveRedisDataSource redis, String keyPrefix, int limit, Duration window) {
        this(redis, keyPrefix, limit, window, Clock.systemUTC());
    }

    public FixedWindowLimiter(
            ReactiveRedisDataSource redis, String keyPrefix, int limit, Duration window, Clock clock) {
        if (window.getSeconds() < 1) {
            throw new IllegalArgumentException("A window lasts at least a second: " + window);
        }
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.keyPrefix = keyPrefix;
        this.limit = limit;
        this.windowSeconds = window.getSeconds();
        // At least half a window past its end: a replica whose clock lags a little still counts into the window's key
        // instead
        // of starting it afresh.
        this.expirySeconds = windowSeconds + Math.max(1, windowSeconds / 2);
        this.clock = clock;
    }

    /** Counts one hit of {@code caller} in the current window and decides on it. */
    public Uni<Decision> hit(String caller) {
        long now = clock.millis() / 1000;
        long window = now / windowSeconds;
        String key = keyPrefix + caller + ":" + window;
        return counters.incr(key)
                .call(count -> count == 1
                        ? keys.expire(key, expirySeconds)
                        : Uni.createFrom().voidItem())
                .map(count -> new Decision(
                        count <= limit, limit, Math.max(0, limit - count), (window + 1) * windowSeconds - now));
    }

    /**
     * What {@link #hit} would leave of the current window, without counting anything: {@code allowed} says whether a
     * next hit would pass.
     */
    public Uni<Decision> peek(String caller) {
        long now = clock.millis() / 1000;
        long window = now / windowSeconds;
        return counters.get(keyPrefix + caller + ":" + window).map(found -> {
            long count = found == null ? 0 : found;
            return new Decision(count < limit, limit, Math.max(0, limit - count), (window + 1) * windowSeconds - now);
        });
    }
}

package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.gateway.routing.RateLimitBucket;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * Fixed-window request counters per user (or per address for anonymous callers) and budget, in Redis so that every
 * gateway replica shares them.
 */
@ApplicationScoped
public class RateLimiter {

    public record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds) {}

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final GatewayConfig.RateLimits limits;
    private final Clock clock;

    @Inject
    RateLimiter(ReactiveRedisDataSource redis, GatewayConfig config) {
        this(redis, config, Clock.systemUTC());
    }

    RateLimiter(ReactiveRedisDataSource redis, GatewayConfig config, Clock clock) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.limits = config.rateLimits();
        this.clock = clock;
    }

    public Uni<Decision> check(String who, RateLimitBucket bucket) {
        if (bucket == RateLimitBucket.UNLIMITED) {
            return Uni.createFrom().item(new Decision(true, 0, 0, 0));
        }
        int limit = limitOf(bucket);
        long window = limits.windowSeconds();
        long nowSeconds = clock.millis() / 1000;
        long windowIndex = nowSeconds / window;
        String key = limits.keyPrefix() + bucket.name().toLowerCase(Locale.ROOT) + ":" + who + ":" + windowIndex;
        return counters.incr(key)
                .call(count -> count == 1
                        ? keys.expire(key, window + 1)
                        : Uni.createFrom().voidItem())
                .map(count -> {
                    long retryAfter = (windowIndex + 1) * window - nowSeconds;
                    return new Decision(count <= limit, limit, Math.max(0, limit - count), Math.max(1, retryAfter));
                });
    }

    private int limitOf(RateLimitBucket bucket) {
        return switch (bucket) {
            case AI -> limits.ai();
            case WORKSPACE -> limits.workspace();
            default -> limits.general();
        };
    }
}

package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.gateway.routing.RateLimitBucket;
import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter;
import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter.Decision;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fixed-window request counters per user (or per address for anonymous callers) and budget, in Redis so that every
 * gateway replica shares them.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Decision UNLIMITED = new Decision(true, 0, 0, 0);

    private final Map<RateLimitBucket, FixedWindowLimiter> limiters = new EnumMap<>(RateLimitBucket.class);

    RateLimiter(ReactiveRedisDataSource redis, GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        Duration window = Duration.ofSeconds(limits.windowSeconds());
        for (RateLimitBucket bucket : RateLimitBucket.values()) {
            if (bucket != RateLimitBucket.UNLIMITED) {
                String prefix = limits.keyPrefix() + bucket.name().toLowerCase(Locale.ROOT) + ":";
                limiters.put(bucket, new FixedWindowLimiter(redis, prefix, limitOf(bucket, limits), window));
            }
        }
    }

    public Uni<Decision> check(String who, RateLimitBucket bucket) {
        if (bucket == RateLimitBucket.UNLIMITED) {
            return Uni.createFrom().item(UNLIMITED);
        }
        return limiters.get(bucket).hit(who);
    }

    private static int limitOf(RateLimitBucket bucket, GatewayConfig.RateLimits limits) {
        return switch (bucket) {
            case AI -> limits.ai();
            case WORKSPACE -> limits.workspace();
            default -> limits.general();
        };
    }
}

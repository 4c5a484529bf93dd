package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Requests per user per minute (a fixed one-minute window), in Redis so that it holds across instances. Tokens and
 * in-flight requests are {@link AiBudget}'s.
 */
@ApplicationScoped
public class AiRateLimiter {

    private final FixedWindowLimiter limiter;

    AiRateLimiter(ReactiveRedisDataSource redis, AssessmentConfig config) {
        this.limiter = new FixedWindowLimiter(
                redis, config.redis().prefix() + "rate:ai:", config.ai().requestsPerMinute(), Duration.ofMinutes(1));
    }

    /** Counts this request against the user's minute; refuses it past the limit. */
    public Uni<Void> acquire(String userId) {
        return limiter.hit(userId)
                .invoke(decision -> {
                    if (!decision.allowed()) {
                        throw new TooManyRequestsException(
                                "ai-rate-limited",
                                "At most " + decision.limit() + " AI requests per minute; try again in "
                                        + decision.retryAfterSeconds() + " s.",
                                decision.retryAfterSeconds());
                    }
                })
                .replaceWithVoid();
    }

    /** What is left of the user's current minute, without counting a request. */
    public Uni<FixedWindowLimiter.Decision> peek(String userId) {
        return limiter.peek(userId);
    }
}

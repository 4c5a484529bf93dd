package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Requests per user per minute (a fixed one-minute window), in Redis so that it holds across instances. Tokens and
 * in-flight requests are {@link AiBudget}'s.
 */
@ApplicationScoped
public class AiRateLimiter {

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final int perMinute;

    AiRateLimiter(ReactiveRedisDataSource redis, AssessmentConfig config) {
        this.redis = redis;
        this.prefix = config.redis().prefix();
        this.perMinute = config.ai().requestsPerMinute();
    }

    /** Counts this request against the user's minute; refuses it past the limit. */
    public Uni<Void> acquire(String userId) {
        long now = Instant.now().getEpochSecond();
        long window = now / 60;
        String key = prefix + "rate:ai:" + userId + ":" + window;
        return redis.execute("INCR", key).flatMap(count -> {
            long used = count.toLong();
            Uni<Void> expiry = used == 1
                    ? redis.execute("EXPIRE", key, "90").replaceWithVoid()
                    : Uni.createFrom().voidItem();
            if (used > perMinute) {
                long retryAfter = 60 - (now % 60);
                return expiry.flatMap(ignored -> Uni.createFrom()
                        .failure(new TooManyRequestsException(
                                "ai-rate-limited",
                                "At most " + perMinute + " AI requests per minute; try again in " + retryAfter + " s.",
                                retryAfter)));
            }
            return expiry;
        });
    }
}

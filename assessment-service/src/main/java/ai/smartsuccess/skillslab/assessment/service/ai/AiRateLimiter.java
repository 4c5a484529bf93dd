package ai.smartsuccess.skillslab.assessment.service.ai;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.TooManyRequestsException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * AI limits, in Redis so that they hold across instances: requests per user per minute (a fixed one-minute window),
 * and a token budget per assessment (provider-reported tokens, added after each answer).
 */
@ApplicationScoped
public class AiRateLimiter {

    private static final long BUDGET_TTL_SECONDS = Duration.ofDays(2).toSeconds();

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final int perMinute;
    private final long budget;

    AiRateLimiter(ReactiveRedisDataSource redis, AssessmentConfig config) {
        this.redis = redis;
        this.prefix = config.redis().prefix();
        this.perMinute = config.ai().requestsPerMinute();
        this.budget = config.ai().tokenBudgetPerAssessment();
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

    /** Refuses a request when the assessment has used its token budget; it stays used until the session ends. */
    public Uni<Void> checkBudget(UUID assessmentId, long secondsLeftInSession) {
        return redis.execute("GET", budgetKey(assessmentId)).flatMap(value -> {
            long used = value == null ? 0 : value.toLong();
            if (used >= budget) {
                return Uni.createFrom()
                        .failure(new TooManyRequestsException(
                                "ai-token-budget-exhausted",
                                "This assessment has used its AI token budget (" + budget + " tokens).",
                                secondsLeftInSession));
            }
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> spend(UUID assessmentId, long tokens) {
        if (tokens <= 0) {
            return Uni.createFrom().voidItem();
        }
        String key = budgetKey(assessmentId);
        return redis.execute("INCRBY", key, Long.toString(tokens))
                .flatMap(ignored -> redis.execute("EXPIRE", key, Long.toString(BUDGET_TTL_SECONDS)))
                .replaceWithVoid();
    }

    private String budgetKey(UUID assessmentId) {
        return prefix + "ai:tokens:" + assessmentId;
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.redis.LuaScript;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Token budgets and in-flight slots, in Redis so that they hold across instances and parallel requests. A request
 * {@link #reserve reserves} its slot and its tokens (the input estimate plus the answer's limit) in one Lua script
 * before the provider is called, so that parallel requests can never together pass a budget; it is {@link #settle
 * settled} afterwards with the provider's own count (the difference is given back; a failed call gives everything
 * back) and its slot freed. A slot expires on its own ({@code in-flight-ttl}, renewed while an answer streams), so an
 * instance that dies mid-request cannot keep it; its reserved tokens stay charged, which errs on the safe side.
 *
 * <p>All keys of one person carry their id as a hash tag, so that the scripts touch a single Redis Cluster slot.
 */
@ApplicationScoped
public class AiBudget {

    private static final Logger LOG = Logger.getLogger(AiBudget.class);
    private static final long KEY_TTL_SECONDS = Duration.ofDays(2).toSeconds();
    /** An answer shorter than this is not worth a call: the request is refused instead. */
    static final int MIN_ANSWER_TOKENS = 256;
    /** In-flight requests finish within seconds as a rule; the slot's TTL is only for crashes. */
    static final long IN_FLIGHT_RETRY_SECONDS = 5;

    /** KEYS: assessment tokens, daily tokens, in-flight slots, the reservation. */
    private static final LuaScript RESERVE = new LuaScript("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
            if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then return {'in-flight', 0, 0} end
            local input = tonumber(ARGV[1])
            local want = tonumber(ARGV[2])
            local need = math.min(want, tonumber(ARGV[3]))
            local left = tonumber(ARGV[4]) - tonumber(redis.call('GET', KEYS[1]) or '0')
            local dailyLeft = tonumber(ARGV[5]) - tonumber(redis.call('GET', KEYS[2]) or '0')
            if left - input < need then return {'budget', left, 0} end
            if dailyLeft - input < need then return {'daily', dailyLeft, 0} end
            local answer = math.min(want, left - input, dailyLeft - input)
            local reserved = input + answer
            redis.call('INCRBY', KEYS[1], reserved)
            redis.call('EXPIRE', KEYS[1], ARGV[9])
            redis.call('INCRBY', KEYS[2], reserved)
            redis.call('EXPIRE', KEYS[2], ARGV[9])
            redis.call('ZADD', KEYS[3], now + tonumber(ARGV[7]), ARGV[8])
            redis.call('PEXPIRE', KEYS[3], ARGV[7])
            redis.call('SET', KEYS[4], reserved, 'EX', ARGV[9])
            return {'ok', answer, reserved}
            """);

    /** Once per reservation: a second settlement (a stream cancelled while it completed) changes nothing. */
    private static final LuaScript SETTLE = new LuaScript("""
            redis.call('ZREM', KEYS[3], ARGV[1])
            local reserved = redis.call('GET', KEYS[4])
            if not reserved then return 0 end
            redis.call('DEL', KEYS[4])
            local diff = tonumber(ARGV[2]) - tonumber(reserved)
            if diff ~= 0 then
              for i = 1, 2 do
                if redis.call('EXISTS', KEYS[i]) == 1 and redis.call('INCRBY', KEYS[i], diff) < 0 then
                  redis.call('SET', KEYS[i], 0, 'KEEPTTL')
                end
              end
            end
            return diff
            """);

    /** Only a slot that is still held is renewed: a settled request does not come back. */
    private static final LuaScript RENEW = new LuaScript("""
            if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """);

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final Limits limits;

    AiBudget(ReactiveRedisDataSource redis, AssessmentConfig config) {
        this.redis = redis;
        this.prefix = config.redis().prefix();
        AssessmentConfig.Ai ai = config.ai();
        this.limits = new Limits(
                ai.tokenBudgetPerAssessment(), ai.dailyTokenBudgetPerUser(), ai.maxInFlightPerUser(), ai.inFlightTtl());
    }

    /** The configured limits. */
    public Limits limits() {
        return limits;
    }

    /** The limits a reservation is checked against. */
    public record Limits(long perAssessment, long perUserDaily, int inFlight, Duration slotTtl) {}

    /**
     * Takes an in-flight slot and reserves {@code inputTokens} plus up to {@code maxTokens} for the answer (fewer when
     * less is left, but at least {@link #MIN_ANSWER_TOKENS} or {@code maxTokens}, whichever is smaller); refuses with
     * 429 when no slot is free or either budget cannot hold that.
     */
    public Uni<Reservation> reserve(
            String userId, UUID assessmentId, UUID requestId, long inputTokens, int maxTokens, long secondsLeft) {
        return reserve(userId, assessmentId, requestId, inputTokens, maxTokens, secondsLeft, limits);
    }

    Uni<Reservation> reserve(
            String userId,
            UUID assessmentId,
            UUID requestId,
            long inputTokens,
            int maxTokens,
            long secondsLeft,
            Limits limits) {
        List<String> keys = List.of(
                tokensKey(userId, assessmentId),
                dailyKey(userId, LocalDate.now(ZoneOffset.UTC)),
                inFlightKey(userId),
                prefix + "ai:{" + userId + "}:reservation:" + requestId);
        return RESERVE.run(
                        redis,
                        keys,
                        inputTokens,
                        maxTokens,
                        MIN_ANSWER_TOKENS,
                        limits.perAssessment(),
                        limits.perUserDaily(),
                        limits.inFlight(),
                        limits.slotTtl().toMillis(),
                        requestId,
                        KEY_TTL_SECONDS)
                .map(result -> {
                    String outcome = result.get(0).toString();
                    long left = result.get(1).toLong();
                    return switch (outcome) {
                        case "ok" ->
                            new Reservation(
                                    requestId,
                                    keys,
                                    limits.slotTtl(),
                                    result.get(1).toInteger(),
                                    result.get(2).toLong());
                        case "in-flight" ->
                            throw new TooManyRequestsException(
                                    "ai-in-flight-limit",
                                    limits.inFlight() + " answers are already being written for you; wait for one to"
                                            + " finish.",
                                    IN_FLIGHT_RETRY_SECONDS);
                        case "budget" ->
                            throw new TooManyRequestsException(
                                    "ai-token-budget-exhausted",
                                    left <= 0
                                            ? "This assessment has used its AI token budget (" + limits.perAssessment()
                                                    + " tokens)."
                                            : "This request needs about "
                                                    + (inputTokens + Math.min(maxTokens, MIN_ANSWER_TOKENS))
                                                    + " tokens with its answer, but only " + left
                                                    + " of this assessment's AI token budget ("
                                                    + limits.perAssessment() + " tokens) are left.",
                                    secondsLeft);
                        default ->
                            throw new TooManyRequestsException(
                                    "ai-daily-token-budget-exhausted",
                                    "You have used your daily AI token budget (" + limits.perUserDaily()
                                            + " tokens a day across all your assessments); it renews at 00:00 UTC.",
                                    secondsUntilUtcMidnight());
                    };
                });
    }

    /**
     * Charges what the provider counted (the reservation's difference is given back, or added when the provider counted
     * more) and frees the slot. Only the first settlement of a reservation counts.
     */
    public Uni<Void> settle(Reservation reservation, long tokensUsed) {
        if (!reservation.settled.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return SETTLE.run(redis, reservation.keys, reservation.requestId(), Math.max(0, tokensUsed))
                .replaceWithVoid();
    }

    /** {@link #settle} for paths that cannot wait for it (a client gone, a failure already on its way). */
    public void settleLater(Reservation reservation, long tokensUsed) {
        settle(reservation, tokensUsed)
                .subscribe()
                .with(ignored -> {}, e -> LOG.warnf(e, "settling AI request %s failed", reservation.requestId()));
    }

    /** Keeps the slot of a request that is still streaming; at most every quarter of the slot's TTL. */
    public void keepAlive(Reservation reservation) {
        long now = System.currentTimeMillis();
        long last = reservation.renewedAt.get();
        if (reservation.settled.get()
                || now - last < reservation.slotTtl.toMillis() / 4
                || !reservation.renewedAt.compareAndSet(last, now)) {
            return;
        }
        RENEW.run(redis, List.of(reservation.keys.get(2)), reservation.requestId(), reservation.slotTtl.toMillis())
                .subscribe()
                .with(ignored -> {}, e -> LOG.warnf(e, "renewing AI request %s failed", reservation.requestId()));
    }

    /** Tokens charged to an assessment so far, including reservations of requests under way. */
    public Uni<Long> charged(String userId, UUID assessmentId) {
        return count(tokensKey(userId, assessmentId));
    }

    /** Tokens charged to a person today (UTC), including reservations of requests under way. */
    public Uni<Long> chargedToday(String userId) {
        return count(dailyKey(userId, LocalDate.now(ZoneOffset.UTC)));
    }

    /** Requests of a person that hold a slot now. */
    public Uni<Long> inFlight(String userId) {
        String key = inFlightKey(userId);
        return redis.execute("ZCOUNT", key, Long.toString(System.currentTimeMillis()), "+inf")
                .map(response -> response == null ? 0L : response.toLong());
    }

    private Uni<Long> count(String key) {
        return redis.execute("GET", key).map(value -> value == null ? 0L : value.toLong());
    }

    private String tokensKey(String userId, UUID assessmentId) {
        return prefix + "ai:{" + userId + "}:tokens:" + assessmentId;
    }

    private String dailyKey(String userId, LocalDate day) {
        return prefix + "ai:{" + userId + "}:daily:" + day;
    }

    private String inFlightKey(String userId) {
        return prefix + "ai:{" + userId + "}:in-flight";
    }

    private static long secondsUntilUtcMidnight() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Math.max(1, Duration.between(now, dailyResetAfter(now)).toSeconds());
    }

    /** When the daily budget counted at {@code now} renews: the next 00:00 UTC. */
    public static OffsetDateTime dailyResetAfter(OffsetDateTime now) {
        return now.withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay()
                .atOffset(ZoneOffset.UTC);
    }

    /** One request's hold on the budgets; settled once. */
    public static final class Reservation {

        private final UUID requestId;
        /** Assessment tokens, daily tokens, in-flight slots, the reservation itself: the scripts' KEYS. */
        private final List<String> keys;

        private final Duration slotTtl;
        private final int maxTokens;
        private final long reserved;
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicLong renewedAt = new AtomicLong(System.currentTimeMillis());

        private Reservation(UUID requestId, List<String> keys, Duration slotTtl, int maxTokens, long reserved) {
            this.requestId = requestId;
            this.keys = keys;
            this.slotTtl = slotTtl;
            this.maxTokens = maxTokens;
            this.reserved = reserved;
        }

        public UUID requestId() {
            return requestId;
        }

        /** The answer's limit the budgets allow: at most what was asked for. */
        public int maxTokens() {
            return maxTokens;
        }

        /** Input estimate plus {@link #maxTokens()}. */
        public long reserved() {
            return reserved;
        }
    }
}

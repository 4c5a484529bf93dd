package ai.smartsuccess.skillslab.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter.Decision;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the local Redis (the one the services use), without Quarkus: the data source is built by hand. Every test
 * counts under its own key prefix, so runs and parallel builds never share counters.
 */
class FixedWindowLimiterTest {

    /** 00:00:42 of some minute: 18 s until the next one-minute window. */
    private static final Instant AT = Instant.parse("2031-03-04T05:06:42Z");

    private static Vertx vertx;
    private static Redis client;
    private static ReactiveRedisDataSource redis;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        String url = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        client = Redis.createClient(vertx, url);
        redis = new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client));
    }

    @AfterAll
    static void close() {
        client.close();
        vertx.closeAndAwait();
    }

    @Test
    void hits_within_the_limit_pass_and_the_next_is_refused_until_the_window_ends() {
        String prefix = prefix();
        FixedWindowLimiter limiter = limiter(prefix, 3, Duration.ofMinutes(1), AT);

        assertThat(hit(limiter, "ada")).isEqualTo(new Decision(true, 3, 2, 18));
        assertThat(hit(limiter, "ada")).isEqualTo(new Decision(true, 3, 1, 18));
        assertThat(hit(limiter, "ada")).isEqualTo(new Decision(true, 3, 0, 18));
        assertThat(hit(limiter, "ada")).isEqualTo(new Decision(false, 3, 0, 18));
        assertThat(hit(limiter, "ada")).isEqualTo(new Decision(false, 3, 0, 18));

        // Another caller has a count of its own.
        assertThat(hit(limiter, "bob")).isEqualTo(new Decision(true, 3, 2, 18));
    }

    @Test
    void peeking_shows_what_is_left_of_the_window_without_counting() {
        String prefix = prefix();
        FixedWindowLimiter limiter = limiter(prefix, 2, Duration.ofMinutes(1), AT);
        assertThat(peek(limiter, "ada")).isEqualTo(new Decision(true, 2, 2, 18));
        assertThat(peek(limiter, "ada")).isEqualTo(new Decision(true, 2, 2, 18));
        hit(limiter, "ada");
        assertThat(peek(limiter, "ada")).isEqualTo(new Decision(true, 2, 1, 18));
        hit(limiter, "ada");
        hit(limiter, "ada");
        // A next hit would be refused; the refused one did not make the count negative.
        assertThat(peek(limiter, "ada")).isEqualTo(new Decision(false, 2, 0, 18));
        assertThat(peek(limiter(prefix, 2, Duration.ofMinutes(1), AT.plusSeconds(18)), "ada"))
                .isEqualTo(new Decision(true, 2, 2, 60));
    }

    private static Decision peek(FixedWindowLimiter limiter, String caller) {
        return limiter.peek(caller).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void the_count_starts_again_in_the_next_window() {
        String prefix = prefix();
        FixedWindowLimiter limiter = limiter(prefix, 1, Duration.ofMinutes(1), AT);
        assertThat(hit(limiter, "ada").allowed()).isTrue();
        assertThat(hit(limiter, "ada").allowed()).isFalse();

        FixedWindowLimiter lastSecond = limiter(prefix, 1, Duration.ofMinutes(1), AT.plusSeconds(17));
        assertThat(hit(lastSecond, "ada")).isEqualTo(new Decision(false, 1, 0, 1));

        FixedWindowLimiter nextMinute = limiter(prefix, 1, Duration.ofMinutes(1), AT.plusSeconds(18));
        assertThat(hit(nextMinute, "ada")).isEqualTo(new Decision(true, 1, 0, 60));
    }

    @Test
    void the_counter_is_one_key_per_caller_and_window_that_expires() {
        String prefix = prefix();
        FixedWindowLimiter limiter = limiter(prefix, 5, Duration.ofSeconds(10), AT);
        hit(limiter, "ada");
        hit(limiter, "ada");

        String key = prefix + "ada:" + AT.getEpochSecond() / 10;
        assertThat(redis.value(Long.class).get(key).await().atMost(Duration.ofSeconds(5)))
                .isEqualTo(2L);
        // The window's length and half of it again.
        assertThat(redis.key().ttl(key).await().atMost(Duration.ofSeconds(5))).isBetween(1L, 15L);
    }

    @Test
    void a_window_shorter_than_a_second_is_refused() {
        assertThatThrownBy(() -> new FixedWindowLimiter(redis, prefix(), 1, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FixedWindowLimiter limiter(String prefix, int limit, Duration window, Instant now) {
        return new FixedWindowLimiter(redis, prefix, limit, window, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Decision hit(FixedWindowLimiter limiter, String caller) {
        return limiter.hit(caller).await().atMost(Duration.ofSeconds(5));
    }

    private static String prefix() {
        return "test:platform:limiter:" + UUID.randomUUID() + ":";
    }
}

package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import ai.smartsuccess.skillslab.platform.ratelimit.FixedWindowLimiter;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How many account emails one address may be sent (a fixed window in Redis, shared by every gateway replica): sign-up
 * and "send the verification email again" are open to anyone, so without it they would mail an address as often as
 * someone asks. Counts by a hash of the address, so Redis never holds the address itself.
 */
@ApplicationScoped
public class AccountMailThrottle {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FixedWindowLimiter limiter;

    AccountMailThrottle(ReactiveRedisDataSource redis, GatewayConfig config) {
        GatewayConfig.Accounts accounts = config.accounts();
        this.limiter = new FixedWindowLimiter(
                redis, accounts.mailThrottleKeyPrefix(), accounts.mailsPerAddress(), accounts.mailWindow());
    }

    /** Blocking. Counts one email to {@code address}; false when the address had its share of this window. */
    public boolean mayMail(String address) {
        return limiter.hit(hash(address)).await().atMost(WAIT).allowed();
    }

    private static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

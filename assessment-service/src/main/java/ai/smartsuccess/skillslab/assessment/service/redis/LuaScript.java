package ai.smartsuccess.skillslab.assessment.service.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Lua script run atomically by Redis: by its SHA-1, and by its source when Redis does not have it (a restart,
 * {@code SCRIPT FLUSH}).
 */
public record LuaScript(String source, String sha) {

    public LuaScript(String source) {
        this(source, sha1(source));
    }

    /** With string keys and arguments. */
    public Uni<Response> run(ReactiveRedisDataSource redis, List<String> keys, Object... args) {
        return run(redis, keys.size(), request -> {
            keys.forEach(request::arg);
            for (Object arg : args) {
                request.arg(String.valueOf(arg));
            }
        });
    }

    /** With {@code keys} keys first, then the arguments, as {@code keysAndArgs} adds them (bytes included). */
    public Uni<Response> run(ReactiveRedisDataSource redis, int keys, Consumer<Request> keysAndArgs) {
        return redis.getRedis()
                .send(request(Command.EVALSHA, sha, keys, keysAndArgs))
                .onFailure(LuaScript::scriptMissing)
                .recoverWithUni(() -> redis.getRedis().send(request(Command.EVAL, source, keys, keysAndArgs)));
    }

    private static Request request(Command command, String script, int keys, Consumer<Request> keysAndArgs) {
        Request request = Request.cmd(command).arg(script).arg(keys);
        keysAndArgs.accept(request);
        return request;
    }

    private static boolean scriptMissing(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private static String sha1(String source) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai;

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

/** A Lua script run atomically by Redis, by its SHA-1 and by its source when Redis does not have it yet. */
record LuaScript(String source, String sha) {

    LuaScript(String source) {
        this(source, sha1(source));
    }

    Uni<Response> run(ReactiveRedisDataSource redis, List<String> keys, Object... args) {
        return redis.getRedis()
                .send(request(Command.EVALSHA, sha, keys, args))
                .onFailure(LuaScript::scriptMissing)
                .recoverWithUni(() -> redis.getRedis().send(request(Command.EVAL, source, keys, args)));
    }

    private static Request request(Command command, String script, List<String> keys, Object... args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        for (Object arg : args) {
            request.arg(String.valueOf(arg));
        }
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

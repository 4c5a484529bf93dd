package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Redis side of the tracking pipeline. Each session has a state key ({@code open|owner} or {@code closed|owner}), a
 * set of accepted event ids, a buffer list of NDJSON lines and, while a flush is under way, a pending list with its
 * object sequence number. Every step is one Lua script, so it is atomic: an event is either refused or in the buffer,
 * and nothing is accepted after {@link #close}.
 *
 * <p>Flushing moves the buffer to the pending list, writes it to S3, records it, then drops it ({@link #take},
 * {@link #ack}); a flusher killed at any point leaves the pending list for the next one, which writes the same object
 * again under the same sequence number.
 */
@ApplicationScoped
public class TrackingBuffer {

    /** Outcome codes of {@link #append} besides the accepted count. */
    public static final long UNKNOWN = -3;

    public static final long CLOSED = -2;
    public static final long NOT_OWNER = -1;

    private static final String APPEND = """
            local st = redis.call('GET', KEYS[1])
            if not st then return {-3, 0} end
            local sep = string.find(st, '|', 1, true)
            local state = string.sub(st, 1, sep - 1)
            local owner = string.sub(st, sep + 1)
            if ARGV[1] ~= '' and owner ~= ARGV[1] then return {-1, 0} end
            if state ~= 'open' then return {-2, 0} end
            local accepted = 0
            for i = 4, #ARGV, 2 do
              if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
                redis.call('RPUSH', KEYS[3], ARGV[i + 1])
                accepted = accepted + 1
              end
            end
            if accepted > 0 then
              redis.call('EXPIRE', KEYS[2], ARGV[2])
              redis.call('EXPIRE', KEYS[3], ARGV[2])
              redis.call('SADD', KEYS[4], ARGV[3])
            end
            return {accepted, redis.call('LLEN', KEYS[3])}
            """;

    private static final String OPEN_IF_ABSENT = """
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('SET', KEYS[1], 'open|' .. ARGV[1], 'EX', ARGV[2])
            return 1
            """;

    private static final String CLOSE = """
            redis.call('SET', KEYS[1], 'closed|' .. ARGV[1], 'EX', ARGV[2])
            return 1
            """;

    private static final String TAKE = """
            if redis.call('EXISTS', KEYS[2]) == 1 then
              return {tonumber(redis.call('GET', KEYS[3])), redis.call('LLEN', KEYS[2])}
            end
            if redis.call('LLEN', KEYS[1]) < tonumber(ARGV[3]) then return {0, 0} end
            redis.call('RENAME', KEYS[1], KEYS[2])
            local seq = redis.call('INCR', KEYS[4])
            if seq < tonumber(ARGV[1]) then
              seq = tonumber(ARGV[1])
              redis.call('SET', KEYS[4], seq)
            end
            redis.call('SET', KEYS[3], seq)
            redis.call('EXPIRE', KEYS[2], ARGV[2])
            redis.call('EXPIRE', KEYS[3], ARGV[2])
            redis.call('EXPIRE', KEYS[4], ARGV[2])
            return {seq, redis.call('LLEN', KEYS[2])}
            """;

    private static final String ACK = """
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              redis.call('DEL', KEYS[1], KEYS[2])
            end
            if redis.call('LLEN', KEYS[3]) == 0 and redis.call('EXISTS', KEYS[1]) == 0 then
              redis.call('SREM', KEYS[4], ARGV[2])
            end
            return 1
            """;

    private static final String UNLOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final long ttlSeconds;

    TrackingBuffer(ReactiveRedisDataSource redis, AssessmentConfig config) {
        this.redis = redis;
        this.prefix = config.redis().prefix() + "trk:";
        this.ttlSeconds = config.tracking().bufferTtl().toSeconds();
    }

    /**
     * Appends events whose ids were not seen before.
     *
     * @param owner the caller's subject, checked against the session's owner; empty for server-recorded events
     * @param events id and NDJSON line of each event
     * @return {accepted count or {@link #UNKNOWN}/{@link #CLOSED}/{@link #NOT_OWNER}, buffer length}
     */
    public Uni<long[]> append(UUID assessmentId, String owner, List<BufferedEvent> events) {
        List<String> args = new ArrayList<>(8 + events.size() * 2);
        args.add(APPEND);
        args.add("4");
        args.add(key(assessmentId, "state"));
        args.add(key(assessmentId, "ids"));
        args.add(key(assessmentId, "buf"));
        args.add(dirtyKey());
        args.add(owner);
        args.add(Long.toString(ttlSeconds));
        args.add(assessmentId.toString());
        for (BufferedEvent event : events) {
            args.add(event.id());
            args.add(event.line());
        }
        return eval(args).map(response ->
                new long[] {response.get(0).toLong(), response.get(1).toLong()});
    }

    /** Opens tracking for a running session unless a state is already there (an open or a closed one). */
    public Uni<Void> openIfAbsent(UUID assessmentId, String owner) {
        return eval(List.of(OPEN_IF_ABSENT, "1", key(assessmentId, "state"), owner, Long.toString(ttlSeconds)))
                .replaceWithVoid();
    }

    /** From now on every append for this session is refused; what was accepted stays for the final flush. */
    public Uni<Void> close(UUID assessmentId, String owner) {
        return eval(List.of(CLOSE, "1", key(assessmentId, "state"), owner, Long.toString(ttlSeconds)))
                .replaceWithVoid();
    }

    /**
     * Moves the buffer aside for writing (or returns the batch a killed flusher left behind).
     *
     * @param minSeq the next sequence number the database expects, in case Redis lost its counter
     * @param minEvents leave a shorter buffer alone (a threshold flush that another flush already served)
     * @return {sequence number, event count}; {0, 0} when there is nothing to flush
     */
    public Uni<long[]> take(UUID assessmentId, int minSeq, int minEvents) {
        return eval(List.of(
                        TAKE,
                        "4",
                        key(assessmentId, "buf"),
                        key(assessmentId, "pending"),
                        key(assessmentId, "pseq"),
                        key(assessmentId, "seq"),
                        Integer.toString(minSeq),
                        Long.toString(ttlSeconds),
                        Integer.toString(Math.max(1, minEvents))))
                .map(response ->
                        new long[] {response.get(0).toLong(), response.get(1).toLong()});
    }

    public Uni<List<String>> pending(UUID assessmentId) {
        return redis.execute("LRANGE", key(assessmentId, "pending"), "0", "-1").map(response -> {
            List<String> lines = new ArrayList<>(response.size());
            response.forEach(line -> lines.add(line.toString()));
            return lines;
        });
    }

    /** The pending batch {@code seq} is safely stored: drop it (only if it is still that batch). */
    public Uni<Void> ack(UUID assessmentId, long seq) {
        return eval(List.of(
                        ACK,
                        "4",
                        key(assessmentId, "pending"),
                        key(assessmentId, "pseq"),
                        key(assessmentId, "buf"),
                        dirtyKey(),
                        Long.toString(seq),
                        assessmentId.toString()))
                .replaceWithVoid();
    }

    /** Sessions with buffered events. */
    public Uni<List<UUID>> dirty() {
        return redis.execute("SMEMBERS", dirtyKey()).map(response -> {
            List<UUID> ids = new ArrayList<>(response.size());
            response.forEach(id -> ids.add(UUID.fromString(id.toString())));
            return ids;
        });
    }

    /** One flusher per session at a time, across instances; the lock expires if its holder dies. */
    public Uni<Boolean> tryLock(UUID assessmentId, String token, long millis) {
        return redis.execute("SET", key(assessmentId, "flushlock"), token, "NX", "PX", Long.toString(millis))
                .map(response -> response != null);
    }

    public Uni<Void> unlock(UUID assessmentId, String token) {
        return eval(List.of(UNLOCK, "1", key(assessmentId, "flushlock"), token)).replaceWithVoid();
    }

    private Uni<Response> eval(List<String> args) {
        return redis.execute("EVAL", args.toArray(String[]::new));
    }

    /** The {@code {id}} hash tag keeps a session's keys in one Redis Cluster slot. */
    private String key(UUID assessmentId, String part) {
        return prefix + "{" + assessmentId + "}:" + part;
    }

    private String dirtyKey() {
        return prefix + "dirty";
    }

    /** An accepted event: its id (for de-duplication) and its NDJSON line. */
    public record BufferedEvent(String id, String line) {}
}

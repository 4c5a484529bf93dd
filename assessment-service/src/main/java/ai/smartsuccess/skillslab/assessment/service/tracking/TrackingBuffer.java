package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.service.redis.LuaScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Redis side of the tracking pipeline. Each session has a state key ({@code open|owner}, {@code closed|owner} or
 * {@code sealed|owner}), a set of accepted event ids, a buffer list of NDJSON lines and, while a flush is under way, a
 * pending list with its object sequence number. Every step is one Lua script, so it is atomic: an event is either
 * refused or in the buffer.
 *
 * <p>At submit the session is first {@link #close closed}: the candidate's events are refused from then on, while the
 * server's own records (a test run the sandbox is still reporting, the answer to a prompt sent just before) are still
 * taken. Once the sandbox is finalized the session is {@link #seal sealed} and nothing more is accepted, so the final
 * flush that follows holds everything that was.
 *
 * <p>Beside the ids, a set of the sandbox's activity sequence numbers taken ({@link #activityTaken}) tells a submit
 * when everything the sandbox recorded up to finalize is in the record.
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

    /**
     * Three commands whatever the batch size: which ids are known ({@code SMISMEMBER}), then the new ids and their
     * lines in one {@code SADD} and one {@code RPUSH}; a repeated id within the batch counts once.
     */
    private static final LuaScript APPEND = new LuaScript("""
            local st = redis.call('GET', KEYS[1])
            if not st then return {-3, 0} end
            local sep = string.find(st, '|', 1, true)
            local state = string.sub(st, 1, sep - 1)
            local owner = string.sub(st, sep + 1)
            if ARGV[1] ~= '' and owner ~= ARGV[1] then return {-1, 0} end
            if state ~= 'open' and not (state == 'closed' and ARGV[1] == '') then return {-2, 0} end
            local n = (#ARGV - 3) / 2
            if n == 0 then return {0, redis.call('LLEN', KEYS[3])} end
            local ids = {}
            for i = 1, n do ids[i] = ARGV[2 + 2 * i] end
            local known = redis.call('SMISMEMBER', KEYS[2], unpack(ids))
            local fresh, lines, seen = {}, {}, {}
            for i = 1, n do
              local id = ids[i]
              if known[i] == 0 and not seen[id] then
                seen[id] = true
                fresh[#fresh + 1] = id
                lines[#lines + 1] = ARGV[3 + 2 * i]
              end
            end
            if #lines == 0 then return {0, redis.call('LLEN', KEYS[3])} end
            redis.call('SADD', KEYS[2], unpack(fresh))
            local length = redis.call('RPUSH', KEYS[3], unpack(lines))
            redis.call('EXPIRE', KEYS[2], ARGV[2])
            redis.call('EXPIRE', KEYS[3], ARGV[2])
            redis.call('SADD', KEYS[4], ARGV[3])
            return {#lines, length}
            """);

    private static final LuaScript OPEN_IF_ABSENT = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('SET', KEYS[1], 'open|' .. ARGV[1], 'EX', ARGV[2])
            return 1
            """);

    private static final LuaScript CLOSE = new LuaScript("""
            local st = redis.call('GET', KEYS[1])
            if st and string.sub(st, 1, 7) == 'sealed|' then return 0 end
            redis.call('SET', KEYS[1], 'closed|' .. ARGV[1], 'EX', ARGV[2])
            return 1
            """);

    private static final LuaScript SEAL = new LuaScript("""
            redis.call('SET', KEYS[1], 'sealed|' .. ARGV[1], 'EX', ARGV[2])
            return 1
            """);

    private static final LuaScript TAKE = new LuaScript("""
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
            """);

    private static final LuaScript ACK = new LuaScript("""
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              redis.call('DEL', KEYS[1], KEYS[2])
            end
            if redis.call('LLEN', KEYS[3]) == 0 and redis.call('EXISTS', KEYS[1]) == 0 then
              redis.call('SREM', KEYS[4], ARGV[2])
            end
            return 1
            """);

    /** Notes one sandbox activity sequence number as taken; answers how many distinct ones are. */
    private static final LuaScript ACTIVITY_TAKEN = new LuaScript("""
            redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            return redis.call('SCARD', KEYS[1])
            """);

    private static final LuaScript UNLOCK = new LuaScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

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
        String state = key(assessmentId, "state");
        String ids = key(assessmentId, "ids");
        String buf = key(assessmentId, "buf");
        String dirty = dirtyKey();
        String ttl = Long.toString(ttlSeconds);
        String id = assessmentId.toString();
        return eval(APPEND, 4, request -> {
                    request.arg(state)
                            .arg(ids)
                            .arg(buf)
                            .arg(dirty)
                            .arg(owner)
                            .arg(ttl)
                            .arg(id);
                    for (BufferedEvent event : events) {
                        request.arg(event.id()).arg(event.line());
                    }
                })
                .map(response ->
                        new long[] {response.get(0).toLong(), response.get(1).toLong()});
    }

    /** Opens tracking for a running session unless a state is already there (an open or a closed one). */
    public Uni<Void> openIfAbsent(UUID assessmentId, String owner) {
        return eval(OPEN_IF_ABSENT, 1, key(assessmentId, "state"), owner, Long.toString(ttlSeconds))
                .replaceWithVoid();
    }

    /**
     * From now on the candidate's appends for this session are refused, the server's still taken; what was accepted
     * stays for the final flush. A sealed session stays sealed.
     */
    public Uni<Void> close(UUID assessmentId, String owner) {
        return eval(CLOSE, 1, key(assessmentId, "state"), owner, Long.toString(ttlSeconds))
                .replaceWithVoid();
    }

    /** From now on every append for this session is refused; what was accepted stays for the final flush. */
    public Uni<Void> seal(UUID assessmentId, String owner) {
        return eval(SEAL, 1, key(assessmentId, "state"), owner, Long.toString(ttlSeconds))
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
        return eval(
                        TAKE,
                        4,
                        key(assessmentId, "buf"),
                        key(assessmentId, "pending"),
                        key(assessmentId, "pseq"),
                        key(assessmentId, "seq"),
                        Integer.toString(minSeq),
                        Long.toString(ttlSeconds),
                        Integer.toString(Math.max(1, minEvents)))
                .map(response ->
                        new long[] {response.get(0).toLong(), response.get(1).toLong()});
    }

    /** The pending batch as one NDJSON object (each line ends with a line break) and the number of its events. */
    public Uni<PendingBatch> pendingBatch(UUID assessmentId) {
        return redis.execute("LRANGE", key(assessmentId, "pending"), "0", "-1").map(response -> {
            List<Buffer> lines = new ArrayList<>(response.size());
            int length = 0;
            for (Response line : response) {
                Buffer bytes = line.toBuffer().getDelegate();
                lines.add(bytes);
                length += bytes.length() + 1;
            }
            byte[] ndjson = new byte[length];
            int at = 0;
            for (Buffer line : lines) {
                line.getBytes(ndjson, at);
                at += line.length();
                ndjson[at++] = '\n';
            }
            return new PendingBatch(ndjson, lines.size());
        });
    }

    /** The pending batch {@code seq} is safely stored: drop it (only if it is still that batch). */
    public Uni<Void> ack(UUID assessmentId, long seq) {
        return eval(
                        ACK,
                        4,
                        key(assessmentId, "pending"),
                        key(assessmentId, "pseq"),
                        key(assessmentId, "buf"),
                        dirtyKey(),
                        Long.toString(seq),
                        assessmentId.toString())
                .replaceWithVoid();
    }

    /**
     * Notes that the sandbox's activity event {@code sequence} of this session is in the buffer (a repeated number counts
     * once).
     *
     * @return how many distinct numbers the session has taken
     */
    public Uni<Long> activityTaken(UUID assessmentId, long sequence) {
        return eval(
                        ACTIVITY_TAKEN,
                        1,
                        key(assessmentId, "activity"),
                        Long.toString(sequence),
                        Long.toString(ttlSeconds))
                .map(Response::toLong);
    }

    /**
     * How many distinct activity sequence numbers of the session are in its record: since the sandbox numbers them
     * from 1 without gaps, the session holds everything up to {@code n} once this reaches {@code n}.
     */
    public Uni<Long> activityCount(UUID assessmentId) {
        return redis.execute("SCARD", key(assessmentId, "activity")).map(Response::toLong);
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
        return eval(UNLOCK, 1, key(assessmentId, "flushlock"), token).replaceWithVoid();
    }

    private Uni<Response> eval(LuaScript script, int keys, String... keysAndArgs) {
        return script.run(redis, keys, request -> {
            for (String arg : keysAndArgs) {
                request.arg(arg);
            }
        });
    }

    private Uni<Response> eval(LuaScript script, int keys, Consumer<Request> keysAndArgs) {
        return script.run(redis, keys, keysAndArgs);
    }

    /** The {@code {id}} hash tag keeps a session's keys in one Redis Cluster slot. */
    private String key(UUID assessmentId, String part) {
        return prefix + "{" + assessmentId + "}:" + part;
    }

    private String dirtyKey() {
        return prefix + "dirty";
    }

    /** An accepted event: its id (for de-duplication) and its NDJSON line (UTF-8, without the line break). */
    public record BufferedEvent(String id, byte[] line) {}

    public record PendingBatch(byte[] ndjson, int events) {}
}

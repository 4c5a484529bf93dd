package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.config.ActivityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each session's own budget of recorded activity: two token buckets, events per second and bytes per second, each with
 * a burst. What a session records beyond its budget is turned away and counted for that session alone, so one
 * session's flood never costs another session its evidence; the count is recorded later as an {@code
 * activity_dropped} event.
 */
@ApplicationScoped
public class ActivityBudget {

    /** A session whose buckets are full again and that has nothing to report is forgotten after this long. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final double eventsPerNano;
    private final double burstEvents;
    private final double bytesPerNano;
    private final double burstBytes;
    private final LongSupplier nanos;
    private final Clock clock;
    private final Map<UUID, Session> sessions = new ConcurrentHashMap<>();

    @Inject
    ActivityBudget(ActivityConfig config) {
        this(config.budget(), System::nanoTime, Clock.systemUTC());
    }

    ActivityBudget(ActivityConfig.Budget budget, LongSupplier nanos, Clock clock) {
        this.eventsPerNano = budget.eventsPerSecond() / 1e9;
        this.burstEvents = Math.max(1, budget.burstEvents());
        this.bytesPerNano = budget.bytesPerSecond() / 1e9;
        this.burstBytes = Math.max(1, budget.burstBytes());
        this.nanos = nanos;
        this.clock = clock;
    }

    /** Takes one event of {@code bytes} from the session's budget; false (and counted) when it is over. */
    public boolean admit(UUID assessmentId, long bytes) {
        boolean[] admitted = new boolean[1];
        // compute() keeps a session's update and its removal as idle from interleaving.
        sessions.compute(assessmentId, (id, existing) -> {
            Session session = existing != null ? existing : new Session(nanos.getAsLong());
            admitted[0] = session.take(nanos.getAsLong(), bytes, clock.instant());
            return session;
        });
        return admitted[0];
    }

    /** What the session's budget turned away since the last call (and forgets it), or null when nothing was. */
    public Dropped takeDropped(UUID assessmentId) {
        Dropped[] taken = new Dropped[1];
        sessions.computeIfPresent(assessmentId, (id, session) -> {
            taken[0] = session.takeDropped();
            return session;
        });
        return taken[0];
    }

    /** Sessions with something to report; idle ones without are forgotten on the way. */
    public List<UUID> withDrops() {
        long now = nanos.getAsLong();
        List<UUID> withDrops = new ArrayList<>();
        for (UUID id : List.copyOf(sessions.keySet())) {
            sessions.computeIfPresent(id, (key, session) -> {
                if (session.dropped > 0) {
                    withDrops.add(key);
                    return session;
                }
                return now - session.refilledAt > IDLE_NANOS ? null : session;
            });
        }
        return withDrops;
    }

    /** The session has ended: its budget goes (report its drops first). */
    public void forget(UUID assessmentId) {
        sessions.remove(assessmentId);
    }

    /** What one session's budget turned away: how many events, how many bytes of data, from when to when. */
    public record Dropped(long count, long bytes, Instant firstAt, Instant lastAt) {}

    /** One session's buckets and what they turned away; only touched inside the map's compute functions. */
    private final class Session {
        double events = burstEvents;
        double bytes = burstBytes;
        long refilledAt;
        long dropped;
        long droppedBytes;
        Instant firstDropAt;
        Instant lastDropAt;

        Session(long now) {
            this.refilledAt = now;
        }

        boolean take(long now, long size, Instant at) {
            long elapsed = Math.max(0, now - refilledAt);
            refilledAt = now;
            events = Math.min(burstEvents, events + elapsed * eventsPerNano);
            bytes = Math.min(burstBytes, bytes + elapsed * bytesPerNano);
            if (events >= 1 && bytes >= size) {
                events -= 1;
                bytes -= size;
                return true;
            }
            if (dropped == 0) {
                firstDropAt = at;
            }
            dropped++;
            droppedBytes += size;
            lastDropAt = at;
            return false;
        }

        Dropped takeDropped() {
            if (dropped == 0) {
                return null;
            }
            Dropped taken = new Dropped(dropped, droppedBytes, firstDropAt, lastDropAt);
            dropped = 0;
            droppedBytes = 0;
            return taken;
        }
    }
}

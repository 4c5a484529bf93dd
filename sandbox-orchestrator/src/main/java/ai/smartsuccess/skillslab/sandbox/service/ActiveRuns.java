package ai.smartsuccess.skillslab.sandbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Run-tab commands this instance is waiting for, per session: whether one is running, and which ones a Stop
 * caught (so that their answers say {@code stopped}).
 */
@ApplicationScoped
public class ActiveRuns {

    private final Map<UUID, Set<Run>> bySession = new ConcurrentHashMap<>();

    /** One pending run. */
    public static final class Run {
        private volatile boolean stopRequested;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        public boolean stopRequested() {
            return stopRequested;
        }
    }

    public Run begin(UUID sessionId) {
        Run run = new Run();
        bySession.compute(sessionId, (id, runs) -> {
            Set<Run> set = runs != null ? runs : ConcurrentHashMap.newKeySet();
            set.add(run);
            return set;
        });
        return run;
    }

    public void end(UUID sessionId, Run run) {
        bySession.computeIfPresent(sessionId, (id, runs) -> {
            runs.remove(run);
            return runs.isEmpty() ? null : runs;
        });
        run.ended.complete(null);
    }

    public boolean running(UUID sessionId) {
        return bySession.containsKey(sessionId);
    }

    /** Marks the session's pending runs as stopped; the answer completes once they have all ended. */
    public CompletableFuture<Void> stop(UUID sessionId) {
        List<Run> runs = List.copyOf(bySession.getOrDefault(sessionId, Set.of()));
        runs.forEach(run -> run.stopRequested = true);
        return CompletableFuture.allOf(runs.stream().map(run -> run.ended).toArray(CompletableFuture[]::new));
    }
}

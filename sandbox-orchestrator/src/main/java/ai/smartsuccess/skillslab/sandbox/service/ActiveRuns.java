package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Run-tab commands this instance is waiting for, per session: whether one is running, which ones a Stop caught
 * (so that their answers say {@code stopped}), and at most {@code runs-per-session} of them at once.
 */
@ApplicationScoped
public class ActiveRuns {

    private final Map<UUID, Set<Run>> bySession = new ConcurrentHashMap<>();
    private final SandboxConfig.Admission admission;

    ActiveRuns(SandboxConfig config) {
        this.admission = config.sandbox().admission();
    }

    /** One pending run. */
    public static final class Run {
        private volatile boolean stopRequested;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        public boolean stopRequested() {
            return stopRequested;
        }
    }

    /** Counts a new run of the session, or refuses it (429) while the session already runs its maximum. */
    public Run begin(UUID sessionId) {
        Run run = new Run();
        int max = admission.runsPerSession();
        boolean[] admitted = {false};
        bySession.compute(sessionId, (id, runs) -> {
            Set<Run> set = runs != null ? runs : ConcurrentHashMap.newKeySet();
            if (set.size() < max) {
                set.add(run);
                admitted[0] = true;
            }
            return set.isEmpty() ? null : set;
        });
        if (!admitted[0]) {
            throw new LimitExceededException(
                    LimitExceededException.Scope.SESSION,
                    "too-many-runs",
                    max,
                    admission.retryAfter(),
                    max + " commands are already running in this sandbox, the most at once. Wait for one to finish"
                            + " or stop them, then run again.");
        }
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

package ai.smartsuccess.skillslab.scoring.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Bounded concurrency with order per key: at most {@code limit} jobs hold a slot at once, and the jobs of one key run
 * one after the other in the order they were submitted. A consumer can so score several assessments at a time (a
 * partition no longer waits for each scoring's storage and database round trips before the next) while the events of
 * one assessment keep their order.
 */
final class KeyedJobs {

    private static final Logger LOG = Logger.getLogger(KeyedJobs.class);

    private final int limit;
    private final Object lock = new Object();
    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private final Map<String, CompletableFuture<Void>> lastOfKey = new HashMap<>();
    private int held;
    private boolean closed;

    KeyedJobs(int limit) {
        this.limit = Math.max(1, limit);
    }

    /**
     * Takes a job. The answer completes once the job has a slot (the caller offers no more work until then); the job
     * starts on {@code executor} once the previous job of its key has finished. The job handles its own outcome; a
     * failure it lets escape is only logged.
     */
    Uni<Void> submit(String key, Executor executor, Supplier<Uni<Void>> job) {
        CompletableFuture<Void> slot = new CompletableFuture<>();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        CompletableFuture<Void> previous;
        synchronized (lock) {
            if (closed) {
                // Shutting down: the job is never started and its message never acknowledged, so it is redelivered.
                return Uni.createFrom().nothing();
            }
            if (held < limit) {
                held++;
                slot.complete(null);
            } else {
                waiting.add(slot);
            }
            previous = lastOfKey.put(key, finished);
        }
        CompletableFuture<Void> ready = previous == null ? slot : CompletableFuture.allOf(slot, previous);
        ready.thenRun(() -> executor.execute(() -> run(key, job, finished)));
        return Uni.createFrom().completionStage(slot);
    }

    /** Stops taking jobs and waits (at most {@code timeout}) for those holding a slot to finish. */
    void close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            closed = true;
            while (held > 0 && System.nanoTime() < deadline) {
                try {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run(String key, Supplier<Uni<Void>> job, CompletableFuture<Void> finished) {
        Uni<Void> work;
        try {
            work = job.get();
        } catch (RuntimeException e) {
            work = Uni.createFrom().failure(e);
        }
        work.subscribe().with(ok -> finish(key, finished), failure -> {
            LOG.errorf(failure, "job of %s ended with an unhandled failure", key);
            finish(key, finished);
        });
    }

    private void finish(String key, CompletableFuture<Void> finished) {
        CompletableFuture<Void> next;
        synchronized (lock) {
            lastOfKey.remove(key, finished);
            next = waiting.poll();
            if (next == null) {
                held--;
                lock.notifyAll();
            }
        }
        // The slot passes straight to the next waiting job; both completions run outside the lock.
        if (next != null) {
            next.complete(null);
        }
        finished.complete(null);
    }
}

package ai.smartsuccess.skillslab.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class DrainLoopTest {

    private static final Logger LOG = Logger.getLogger(DrainLoopTest.class);

    @Test
    void runsRoundsWhileEachTakesAFullBatch() {
        Deque<Integer> taken = new ArrayDeque<>(java.util.List.of(10, 10, 3, 10));
        AtomicInteger rounds = new AtomicInteger();
        DrainLoop loop = new DrainLoop(
                () -> {
                    rounds.incrementAndGet();
                    return Uni.createFrom().item(taken.poll());
                },
                10,
                "test",
                LOG);

        loop.drain().await().atMost(Duration.ofSeconds(5));

        assertThat(rounds).hasValue(3);
    }

    @Test
    void aCallDuringARoundAsksForOneMoreRoundInsteadOfASecondConcurrentOne() {
        AtomicInteger rounds = new AtomicInteger();
        DrainLoop[] loop = new DrainLoop[1];
        loop[0] = new DrainLoop(
                () -> {
                    if (rounds.incrementAndGet() == 1) {
                        // Work recorded while the first round runs.
                        loop[0].drain().await().indefinitely();
                    }
                    return Uni.createFrom().item(1);
                },
                10,
                "test",
                LOG);

        loop[0].drain().await().atMost(Duration.ofSeconds(5));

        assertThat(rounds).hasValue(2);
    }

    @Test
    void aFailedRoundEndsTheDrainWithoutFailingTheCallerAndTheNextCallStartsAgain() {
        AtomicInteger rounds = new AtomicInteger();
        DrainLoop loop = new DrainLoop(
                () -> rounds.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new IllegalStateException("broker down"))
                        : Uni.createFrom().item(0),
                10,
                "test",
                LOG);

        loop.drain().await().atMost(Duration.ofSeconds(5));
        loop.drain().await().atMost(Duration.ofSeconds(5));

        assertThat(rounds).hasValue(2);
    }

    @Test
    void aSweepFailureIsSwallowed() {
        DrainLoop.sweep(Uni.createFrom().failure(new IllegalStateException("db down")), "old rows", LOG)
                .await()
                .atMost(Duration.ofSeconds(5));
        DrainLoop.sweep(Uni.createFrom().item(3), "old rows", LOG).await().atMost(Duration.ofSeconds(5));
    }
}

package ai.smartsuccess.skillslab.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class RetentionSweepTest {

    static final Logger LOG = Logger.getLogger(RetentionSweepTest.class);

    @Test
    void rounds_run_with_the_cutoff_until_one_comes_back_short() {
        AtomicInteger left = new AtomicInteger(25);
        List<OffsetDateTime> cutoffs = new CopyOnWriteArrayList<>();
        RetentionSweep sweep = new RetentionSweep(
                "items",
                () -> Period.ofMonths(12),
                10,
                (cutoff, max) -> {
                    cutoffs.add(cutoff);
                    int taken = Math.min(max, left.get());
                    left.addAndGet(-taken);
                    return Uni.createFrom().item(taken);
                },
                LOG);

        sweep.drain().await().indefinitely();

        assertThat(left).hasValue(0);
        assertThat(cutoffs).hasSize(3);
        OffsetDateTime expected = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(12);
        assertThat(cutoffs.get(0)).isBetween(expected.minusMinutes(1), expected.plusMinutes(1));
    }

    @Test
    void a_period_of_zero_keeps_everything() {
        AtomicInteger rounds = new AtomicInteger();
        RetentionSweep sweep = new RetentionSweep(
                "items",
                () -> Period.ZERO,
                10,
                (cutoff, max) -> {
                    rounds.incrementAndGet();
                    return Uni.createFrom().item(0);
                },
                LOG);

        sweep.drain().await().indefinitely();

        assertThat(rounds).hasValue(0);
    }
}

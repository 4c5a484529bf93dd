package ai.smartsuccess.skillslab.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.sandbox.config.ActivityConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ActivityBudgetTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ActivityBudget budget = new ActivityBudget(
            new Budget(10, 5, 1_000, 2_000),
            nanos::get,
            Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_burst_passes_then_the_rate_holds_and_the_excess_is_counted() {
        UUID session = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(budget.admit(session, 10)).isTrue();
        }
        assertThat(budget.admit(session, 10)).isFalse();
        assertThat(budget.admit(session, 30)).isFalse();
        // A tenth of a second later one more event (10 per second) fits.
        nanos.addAndGet(100_000_000);
        assertThat(budget.admit(session, 10)).isTrue();
        assertThat(budget.admit(session, 10)).isFalse();

        assertThat(budget.withDrops()).containsExactly(session);
        ActivityBudget.Dropped dropped = budget.takeDropped(session);
        assertThat(dropped.count()).isEqualTo(3);
        assertThat(dropped.bytes()).isEqualTo(50);
        assertThat(budget.takeDropped(session)).isNull();
        assertThat(budget.withDrops()).isEmpty();
    }

    @Test
    void bytes_have_their_own_budget() {
        UUID session = UUID.randomUUID();
        assertThat(budget.admit(session, 1_500)).isTrue();
        assertThat(budget.admit(session, 1_000)).isFalse();
        // Half a second refills 500 bytes.
        nanos.addAndGet(500_000_000);
        assertThat(budget.admit(session, 1_000)).isTrue();
    }

    @Test
    void one_sessions_flood_costs_another_session_nothing() {
        UUID flooder = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        int admitted = 0;
        for (int i = 0; i < 10_000; i++) {
            admitted += budget.admit(flooder, 10) ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(budget.admit(other, 10)).isTrue();
        }
        assertThat(budget.withDrops()).containsExactly(flooder);
        assertThat(budget.takeDropped(flooder).count()).isEqualTo(9_995);
    }

    private record Budget(double eventsPerSecond, int burstEvents, long bytesPerSecond, long burstBytes)
            implements ActivityConfig.Budget {

        @Override
        public String dropReportInterval() {
            return "10s";
        }
    }
}

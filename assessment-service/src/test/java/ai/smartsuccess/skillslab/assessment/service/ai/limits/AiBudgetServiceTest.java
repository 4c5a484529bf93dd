package ai.smartsuccess.skillslab.assessment.service.ai.limits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget.Limits;
import ai.smartsuccess.skillslab.assessment.service.ai.limits.AiBudget.Reservation;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reservation scripts against the real Redis, with limits of the test's own. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class AiBudgetServiceTest {

    @Inject
    AiBudget budget;

    @Test
    void concurrent_reservations_never_pass_the_budget_and_settling_charges_what_was_used() {
        String user = "budget-" + UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        Limits limits = new Limits(10_000, 1_000_000, 100, Duration.ofSeconds(30));
        List<Reservation> granted =
                all(40, () -> budget.reserve(user, assessment, UUID.randomUUID(), 700, 1000, 60, limits));

        long reserved = granted.stream().mapToLong(Reservation::reserved).sum();
        assertThat(reserved).isLessThanOrEqualTo(10_000);
        assertThat(granted).hasSizeGreaterThanOrEqualTo(5);
        assertThat(granted).allSatisfy(r -> assertThat(r.maxTokens()).isBetween(AiBudget.MIN_ANSWER_TOKENS, 1000));
        assertThat(charged(user, assessment)).isEqualTo(reserved);
        assertThat(budget.inFlight(user).await().indefinitely()).isEqualTo(granted.size());

        // Half of each reservation used; the first one failed and costs nothing; settling twice changes nothing.
        long used = 0;
        for (int i = 0; i < granted.size(); i++) {
            long tokens = i == 0 ? 0 : granted.get(i).reserved() / 2;
            budget.settle(granted.get(i), tokens).await().indefinitely();
            budget.settle(granted.get(i), tokens + 5_000).await().indefinitely();
            used += tokens;
        }
        assertThat(charged(user, assessment)).isEqualTo(used);
        assertThat(budget.chargedToday(user).await().indefinitely()).isEqualTo(used);
        assertThat(budget.inFlight(user).await().indefinitely()).isZero();
    }

    @Test
    void a_person_holds_at_most_the_in_flight_limit_of_slots() {
        String user = "in-flight-" + UUID.randomUUID();
        Limits limits = new Limits(1_000_000, 1_000_000, 2, Duration.ofSeconds(30));
        List<Reservation> granted =
                all(10, () -> budget.reserve(user, UUID.randomUUID(), UUID.randomUUID(), 10, 10, 60, limits));
        assertThat(granted).hasSize(2);
        budget.settle(granted.get(0), 0).await().indefinitely();
        assertThat(all(3, () -> budget.reserve(user, UUID.randomUUID(), UUID.randomUUID(), 10, 10, 60, limits)))
                .hasSize(1);
    }

    @Test
    void the_answer_limit_shrinks_to_what_is_left_but_not_below_a_useful_answer() {
        String user = "shrink-" + UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        Limits limits = new Limits(2_000, 1_000_000, 5, Duration.ofSeconds(30));
        Reservation first = budget.reserve(user, assessment, UUID.randomUUID(), 1_000, 4_096, 60, limits)
                .await()
                .indefinitely();
        assertThat(first.maxTokens()).isEqualTo(1_000);
        assertThat(first.reserved()).isEqualTo(2_000);
        budget.settle(first, 1_500).await().indefinitely();
        // 500 left: a request of 100 input tokens gets an answer of at most 400.
        Reservation small = budget.reserve(user, assessment, UUID.randomUUID(), 100, 4_096, 60, limits)
                .await()
                .indefinitely();
        assertThat(small.maxTokens()).isEqualTo(400);
        budget.settle(small, 0).await().indefinitely();
        // With less than a useful answer left, the request is refused.
        TooManyRequestsException refused = Objects.requireNonNull(
                catchRefusal(() -> budget.reserve(user, assessment, UUID.randomUUID(), 300, 4_096, 60, limits)));
        assertThat(refused.kind()).isEqualTo("ai-token-budget-exhausted");
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
    }

    private long charged(String user, UUID assessment) {
        return budget.charged(user, assessment).await().indefinitely();
    }

    /** Starts {@code count} reservations at once; the granted ones, the refused ones dropped. */
    private static List<Reservation> all(int count, java.util.function.Supplier<Uni<Reservation>> reserve) {
        List<Uni<Reservation>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(reserve.get().onFailure(TooManyRequestsException.class).recoverWithNull());
        }
        return Uni.join().all(calls).andFailFast().await().atMost(Duration.ofSeconds(30)).stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private static TooManyRequestsException catchRefusal(java.util.function.Supplier<Uni<Reservation>> reserve) {
        try {
            reserve.get().await().indefinitely();
            return null;
        } catch (TooManyRequestsException e) {
            return e;
        }
    }
}

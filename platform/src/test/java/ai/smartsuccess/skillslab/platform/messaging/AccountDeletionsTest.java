package ai.smartsuccess.skillslab.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class AccountDeletionsTest {

    final List<String> outcome = new CopyOnWriteArrayList<>();
    final List<String> erased = new CopyOnWriteArrayList<>();

    @Test
    void a_deleted_account_is_erased_and_acknowledged() {
        AccountDeletions.apply(message(AccountDeleted.of("user-1", "individual")), this::erase, "data")
                .await()
                .indefinitely();
        assertThat(erased).containsExactly("user-1");
        assertThat(outcome).containsExactly("ack");
    }

    @Test
    void another_account_event_is_acknowledged_without_erasing() {
        AccountDeletions.apply(message(null), this::erase, "data").await().indefinitely();
        assertThat(erased).isEmpty();
        assertThat(outcome).containsExactly("ack");
    }

    @Test
    void an_event_that_can_never_be_applied_goes_to_the_dead_letter_queue_without_erasing() {
        AccountDeleted newer = new AccountDeleted(
                UUID.randomUUID(), AccountDeleted.TYPE, AccountDeleted.SCHEMA_VERSION + 1, Instant.now(), "u", "x");
        AccountDeleted nobody = AccountDeleted.of(" ", "individual");
        AccountDeletions.apply(message(newer), this::erase, "data").await().indefinitely();
        AccountDeletions.apply(message(nobody), this::erase, "data").await().indefinitely();
        assertThat(erased).isEmpty();
        assertThat(outcome).containsExactly("nack", "nack");
    }

    @Test
    void a_failing_erasure_is_tried_again_then_dead_lettered() {
        AtomicInteger calls = new AtomicInteger();
        AccountDeletions.apply(
                        message(AccountDeleted.of("user-2", "individual")),
                        id -> {
                            calls.incrementAndGet();
                            return Uni.createFrom().failure(new IllegalStateException("database away"));
                        },
                        "data")
                .await()
                .indefinitely();
        assertThat(calls).hasValue(AccountDeletions.ATTEMPTS);
        assertThat(outcome).containsExactly("nack");
    }

    private Uni<Void> erase(String userId) {
        erased.add(userId);
        return Uni.createFrom().voidItem();
    }

    private Message<AccountLifecycleEvent> message(AccountLifecycleEvent payload) {
        return Message.of(
                payload,
                () -> {
                    outcome.add("ack");
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    outcome.add("nack");
                    return CompletableFuture.completedFuture(null);
                });
    }
}

package ai.smartsuccess.skillslab.notification.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.notification.model.WebhookDelivery.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {

    @Test
    void the_wait_doubles_after_each_failed_attempt_up_to_the_cap() {
        Duration base = Duration.ofSeconds(30);
        Duration cap = Duration.ofHours(1);
        assertThat(WebhookDispatcher.backoff(base, cap, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookDispatcher.backoff(base, cap, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(WebhookDispatcher.backoff(base, cap, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookDispatcher.backoff(base, cap, 7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(WebhookDispatcher.backoff(base, cap, 8)).isEqualTo(cap);
        assertThat(WebhookDispatcher.backoff(base, cap, 500)).isEqualTo(cap);
    }

    @Test
    void a_delivery_is_pending_until_delivered_or_out_of_attempts() {
        assertThat(Status.PENDING.afterAttempt(true, 1, 3)).isEqualTo(Status.DELIVERED);
        assertThat(Status.PENDING.afterAttempt(false, 1, 3)).isEqualTo(Status.PENDING);
        assertThat(Status.PENDING.afterAttempt(false, 2, 3)).isEqualTo(Status.PENDING);
        assertThat(Status.PENDING.afterAttempt(false, 3, 3)).isEqualTo(Status.FAILED);
        assertThat(Status.PENDING.afterAttempt(true, 3, 3)).isEqualTo(Status.DELIVERED);
        assertThat(Status.PENDING.abandoned()).isEqualTo(Status.FAILED);
    }

    @Test
    void delivered_and_failed_are_final() {
        assertThatThrownBy(() -> Status.DELIVERED.afterAttempt(true, 2, 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Status.FAILED.afterAttempt(true, 4, 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(Status.DELIVERED::abandoned).isInstanceOf(IllegalStateException.class);
    }
}

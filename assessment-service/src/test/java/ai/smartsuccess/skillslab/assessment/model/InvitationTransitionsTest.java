package ai.smartsuccess.skillslab.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of an invitation, from every status: what moves, what stays, what is refused and how. */
class InvitationTransitionsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final String RECIPIENT = "user-1";
    private static final byte[] SEALED_TOKEN = {1, 2, 3};

    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void accept_moves_a_sent_invitation_and_forgets_its_link(InvitationStatus from) {
        Invitation i = in(from);
        UUID attempt = UUID.randomUUID();
        if (from == InvitationStatus.SENT) {
            i.accept(RECIPIENT, attempt, NOW);
            assertThat(i.status).isEqualTo(InvitationStatus.ACCEPTED);
            assertThat(i.acceptedAt).isEqualTo(NOW);
            assertThat(i.recipientUserId).isEqualTo(RECIPIENT);
            assertThat(i.assessmentId).isEqualTo(attempt);
            assertThat(i.tokenEncrypted).isNull();
        } else {
            assertRefused(i, () -> i.accept(RECIPIENT, attempt, NOW), from);
        }
    }

    @Test
    void accepting_again_after_an_abandoned_attempt_links_the_next_attempt() {
        Invitation i = in(InvitationStatus.ACCEPTED);
        i.recipientUserId = RECIPIENT;
        i.acceptedAt = NOW.minusDays(1);
        UUID next = UUID.randomUUID();
        i.accept(RECIPIENT, next, NOW);
        assertThat(i.status).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(i.acceptedAt).isEqualTo(NOW.minusDays(1));
        assertThat(i.assessmentId).isEqualTo(next);
        assertThat(i.updatedAt).isEqualTo(NOW);
    }

    @Test
    void an_accepted_invitation_cannot_be_accepted_by_another_account_or_with_an_attempt_running() {
        Invitation other = in(InvitationStatus.ACCEPTED);
        other.recipientUserId = "someone-else";
        assertRefused(other, () -> other.accept(RECIPIENT, UUID.randomUUID(), NOW), InvitationStatus.ACCEPTED);

        Invitation running = in(InvitationStatus.ACCEPTED);
        running.recipientUserId = RECIPIENT;
        UUID current = UUID.randomUUID();
        running.assessmentId = current;
        assertRefused(running, () -> running.accept(RECIPIENT, UUID.randomUUID(), NOW), InvitationStatus.ACCEPTED);
        assertThat(running.assessmentId).isEqualTo(current);
    }

    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void cancel_withdraws_a_sent_invitation_refuses_an_accepted_one_and_leaves_the_others(InvitationStatus from) {
        Invitation i = in(from);
        switch (from) {
            case SENT -> {
                i.cancel(NOW);
                assertThat(i.status).isEqualTo(InvitationStatus.CANCELLED);
                assertThat(i.cancelledAt).isEqualTo(NOW);
                assertThat(i.tokenEncrypted).isNull();
            }
            case ACCEPTED, COMPLETED -> {
                assertThatThrownBy(() -> i.cancel(NOW))
                        .isInstanceOf(ConflictException.class)
                        .isNotInstanceOf(InvalidTransitionException.class)
                        .extracting(e -> ((ConflictException) e).kind())
                        .isEqualTo("invitation-accepted");
                assertUnchanged(i, from);
            }
            default -> {
                i.cancel(NOW);
                assertUnchanged(i, from);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void cancel_unused_cancels_what_nobody_will_take_and_keeps_what_led_to_an_attempt(InvitationStatus from) {
        Invitation waiting = in(from);
        waiting.cancelUnused(NOW);
        if (from == InvitationStatus.SENT || from == InvitationStatus.ACCEPTED) {
            assertThat(waiting.status).isEqualTo(InvitationStatus.CANCELLED);
            assertThat(waiting.cancelledAt).isEqualTo(NOW);
        } else {
            assertUnchanged(waiting, from);
        }

        Invitation used = in(from);
        used.assessmentId = UUID.randomUUID();
        used.cancelUnused(NOW);
        if (from == InvitationStatus.SENT) {
            assertThat(used.status).isEqualTo(InvitationStatus.CANCELLED);
        } else {
            assertUnchanged(used, from);
        }
    }

    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void expire_moves_only_a_sent_invitation(InvitationStatus from) {
        Invitation i = in(from);
        if (from == InvitationStatus.SENT) {
            i.expire(NOW);
            assertThat(i.status).isEqualTo(InvitationStatus.EXPIRED);
            assertThat(i.updatedAt).isEqualTo(NOW);
            assertThat(i.tokenEncrypted).isNull();
        } else {
            assertRefused(i, () -> i.expire(NOW), from);
        }
    }

    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void resend_counts_only_for_an_invitation_still_waiting(InvitationStatus from) {
        Invitation i = in(from);
        i.resendCount = 2;
        if (from == InvitationStatus.SENT) {
            i.resend(NOW);
            assertThat(i.status).isEqualTo(InvitationStatus.SENT);
            assertThat(i.resendCount).isEqualTo(3);
            assertThat(i.lastSentAt).isEqualTo(NOW);
        } else {
            assertThatThrownBy(() -> i.resend(NOW))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("This invitation is " + from.value()
                            + "; only one that is still waiting can be sent again or copied.")
                    .extracting(e -> ((ConflictException) e).kind())
                    .isEqualTo("invitation-not-open");
            assertThat(i.resendCount).isEqualTo(2);
            assertUnchanged(i, from);
        }
    }

    @Test
    void a_sent_invitation_past_its_expiry_is_expired_for_everyone_before_the_job_marks_it() {
        Invitation i = in(InvitationStatus.SENT);
        i.expiresAt = NOW;
        assertThat(i.effectiveStatus(NOW)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(i.effectiveStatus(NOW.minusSeconds(1))).isEqualTo(InvitationStatus.SENT);
        assertThatThrownBy(() -> i.resend(NOW))
                .hasMessageStartingWith("This invitation is expired;")
                .extracting(e -> ((ConflictException) e).kind())
                .isEqualTo("invitation-not-open");
    }

    @Test
    void every_status_keeps_its_name_in_the_database_and_the_api() {
        InvitationStatus.DbConverter converter = new InvitationStatus.DbConverter();
        assertThat(InvitationStatus.ALL).containsExactly("sent", "accepted", "completed", "expired", "cancelled");
        for (InvitationStatus status : InvitationStatus.values()) {
            assertThat(converter.convertToDatabaseColumn(status)).isEqualTo(status.value());
            assertThat(converter.convertToEntityAttribute(status.value())).isEqualTo(status);
            assertThat(status).hasToString(status.value());
        }
        assertThatThrownBy(() -> InvitationStatus.of("open")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Invitation in(InvitationStatus status) {
        Invitation i = new Invitation();
        i.status = status;
        i.expiresAt = NOW.plusDays(7);
        i.tokenEncrypted = SEALED_TOKEN;
        return i;
    }

    private static void assertRefused(Invitation i, Runnable transition, InvitationStatus from) {
        assertThatThrownBy(transition::run)
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageStartingWith("Not allowed in this state: an invitation that is " + from.value())
                .extracting(e -> ((ApiException) e).kind())
                .isEqualTo("invalid-transition");
        assertThat(i.status).isEqualTo(from);
        assertThat(i.updatedAt).isNull();
    }

    private static void assertUnchanged(Invitation i, InvitationStatus from) {
        assertThat(i.status).isEqualTo(from);
        assertThat(i.updatedAt).isNull();
        assertThat(i.cancelledAt).isNull();
        assertThat(i.tokenEncrypted).isSameAs(SEALED_TOKEN);
    }
}

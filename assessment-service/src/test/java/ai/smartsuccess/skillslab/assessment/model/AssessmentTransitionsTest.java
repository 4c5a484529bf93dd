package ai.smartsuccess.skillslab.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of an assessment, from every status: what moves, what stays, what is refused and how. */
class AssessmentTransitionsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEADLINE = NOW.plusMinutes(60);

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void start_moves_only_a_pending_assessment(AssessmentStatus from) {
        Assessment a = in(from);
        Consumer<Assessment> start = x -> x.start(NOW, DEADLINE, "sbx-1", "local");
        if (from == AssessmentStatus.PENDING) {
            a.startClaimedAt = NOW.minusSeconds(5);
            start.accept(a);
            assertThat(a.status).isEqualTo(AssessmentStatus.IN_PROGRESS);
            assertThat(a.startedAt).isEqualTo(NOW);
            assertThat(a.deadline).isEqualTo(DEADLINE);
            assertThat(a.startClaimedAt).isNull();
            assertThat(a.sandboxId).isEqualTo("sbx-1");
            assertThat(a.sandboxBackend).isEqualTo("local");
            assertThat(a.updatedAt).isEqualTo(NOW);
        } else {
            assertRefused(a, start, from);
        }
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void a_start_is_refused_with_the_answers_the_api_always_gave(AssessmentStatus from) {
        Assessment a = in(from);
        switch (from) {
            case PENDING -> a.checkStartable();
            case ABANDONED -> assertConflict(a::checkStartable, "assessment-abandoned");
            default -> assertConflict(a::checkStartable, "not-pending");
        }
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void submit_moves_only_a_running_assessment_and_counts_time_up_to_the_deadline(AssessmentStatus from) {
        Assessment a = in(from);
        a.startedAt = NOW;
        a.deadline = DEADLINE;
        OffsetDateTime late = DEADLINE.plusMinutes(2);
        Consumer<Assessment> submit = x -> x.submit(late, true, "my notes");
        if (from == AssessmentStatus.IN_PROGRESS) {
            submit.accept(a);
            assertThat(a.status).isEqualTo(AssessmentStatus.SUBMITTED);
            assertThat(a.submittedAt).isEqualTo(late);
            assertThat(a.timeSpentSeconds).isEqualTo(3600L);
            assertThat(a.autoSubmitted).isTrue();
            assertThat(a.notes).isEqualTo("my notes");
        } else {
            assertRefused(a, submit, from);
        }
    }

    @Test
    void time_spent_ends_at_the_submission_when_it_came_before_the_deadline() {
        Assessment a = in(AssessmentStatus.IN_PROGRESS);
        a.startedAt = NOW;
        a.deadline = DEADLINE;
        a.submit(NOW.plusSeconds(90), false, null);
        assertThat(a.timeSpentSeconds).isEqualTo(90L);
        assertThat(a.autoSubmitted).isFalse();
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void a_submission_is_refused_with_the_answers_the_api_always_gave(AssessmentStatus from) {
        Assessment a = in(from);
        switch (from) {
            case IN_PROGRESS -> a.checkSubmittable();
            case PENDING -> assertConflict(a::checkSubmittable, "assessment-not-started");
            case ABANDONED -> assertConflict(a::checkSubmittable, "assessment-abandoned");
            default -> assertConflict(a::checkSubmittable, "already-submitted");
        }
    }

    @Test
    void a_running_assessment_whose_submission_is_claimed_cannot_be_submitted_again() {
        Assessment a = in(AssessmentStatus.IN_PROGRESS);
        a.submitClaimedAt = NOW;
        assertConflict(a::checkSubmittable, "already-submitted");
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void abandon_moves_only_a_pending_assessment_nobody_is_starting(AssessmentStatus from) {
        Assessment a = in(from);
        if (from == AssessmentStatus.PENDING) {
            a.abandon(NOW);
            assertThat(a.status).isEqualTo(AssessmentStatus.ABANDONED);
            assertThat(a.abandonedAt).isEqualTo(NOW);
        } else {
            assertConflict(() -> a.abandon(NOW), "assessment-started");
            assertThat(a.status).isEqualTo(from);
        }
    }

    @Test
    void a_pending_assessment_whose_start_is_claimed_cannot_be_abandoned() {
        Assessment a = in(AssessmentStatus.PENDING);
        a.startClaimedAt = NOW;
        assertThat(a.isAbandonable()).isFalse();
        assertConflict(() -> a.abandon(NOW), "assessment-started");
        assertThat(a.status).isEqualTo(AssessmentStatus.PENDING);
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void fail_ends_only_a_session_that_was_not_submitted(AssessmentStatus from) {
        Assessment a = in(from);
        Consumer<Assessment> fail = x -> x.fail("session ended", NOW);
        if (from == AssessmentStatus.PENDING || from == AssessmentStatus.IN_PROGRESS) {
            fail.accept(a);
            assertThat(a.status).isEqualTo(AssessmentStatus.FAILED);
            assertThat(a.failureReason).isEqualTo("session ended");
        } else {
            assertRefused(a, fail, from);
        }
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void scored_moves_a_submitted_assessment_and_replaces_an_earlier_result(AssessmentStatus from) {
        Assessment a = in(from);
        a.failureReason = "earlier failure";
        OffsetDateTime at = NOW.minusSeconds(3);
        Consumer<Assessment> scored = x -> x.scored(at, NOW);
        Set<AssessmentStatus> allowed = EnumSet.of(
                AssessmentStatus.SUBMITTED, AssessmentStatus.SCORING, AssessmentStatus.SCORED, AssessmentStatus.FAILED);
        if (allowed.contains(from)) {
            scored.accept(a);
            assertThat(a.status).isEqualTo(AssessmentStatus.SCORED);
            assertThat(a.scoredAt).isEqualTo(at);
            assertThat(a.failureReason).isNull();
        } else {
            assertRefused(a, scored, from);
        }
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void scoring_failed_moves_an_unscored_submission_and_keeps_a_score(AssessmentStatus from) {
        Assessment a = in(from);
        Consumer<Assessment> failed = x -> x.scoringFailed("judge down", NOW);
        switch (from) {
            case SUBMITTED, SCORING, FAILED -> {
                failed.accept(a);
                assertThat(a.status).isEqualTo(AssessmentStatus.FAILED);
                assertThat(a.failureReason).isEqualTo("judge down");
            }
            case SCORED -> {
                failed.accept(a);
                assertThat(a.status).isEqualTo(AssessmentStatus.SCORED);
                assertThat(a.failureReason).isNull();
                assertThat(a.updatedAt).isNull();
            }
            default -> assertRefused(a, failed, from);
        }
    }

    @Test
    void every_status_keeps_its_name_in_the_database_and_the_api() {
        AssessmentStatus.DbConverter converter = new AssessmentStatus.DbConverter();
        assertThat(AssessmentStatus.ALL)
                .containsExactly("pending", "in_progress", "submitted", "scoring", "scored", "failed", "abandoned");
        for (AssessmentStatus status : AssessmentStatus.values()) {
            assertThat(converter.convertToDatabaseColumn(status)).isEqualTo(status.value());
            assertThat(converter.convertToEntityAttribute(status.value())).isEqualTo(status);
            assertThat(status).hasToString(status.value());
        }
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> AssessmentStatus.of("done")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Assessment in(AssessmentStatus status) {
        Assessment a = new Assessment();
        a.status = status;
        return a;
    }

    /** Refused as an invalid transition, and nothing about the assessment changed. */
    private static void assertRefused(Assessment a, Consumer<Assessment> transition, AssessmentStatus from) {
        assertThatThrownBy(() -> transition.accept(a))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageStartingWith("Not allowed in this state: an assessment that is " + from.value())
                .extracting(e -> ((ApiException) e).kind())
                .isEqualTo("invalid-transition");
        assertThat(a.status).isEqualTo(from);
        assertThat(a.updatedAt).isNull();
    }

    private static void assertConflict(Runnable action, String kind) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ConflictException.class)
                .isNotInstanceOf(InvalidTransitionException.class)
                .extracting(e -> ((ConflictException) e).kind())
                .isEqualTo(kind);
    }
}

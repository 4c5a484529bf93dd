package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.service.CompareViews.Compared;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.HiddenTests;
import ai.smartsuccess.skillslab.assessment.service.CompareViews.TimeSpent;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompareRankingTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @Test
    void the_highest_final_score_ranks_first() {
        assertThat(CompareService.rank(List.of(
                        compared(A, 70, 10, true, 100L),
                        compared(B, 90, 1, true, 3000L),
                        compared(C, 80, 5, true, 1L))))
                .containsExactly(B, C, A);
    }

    @Test
    void equal_scores_rank_by_hidden_tests_passed_then_by_less_time() {
        assertThat(CompareService.rank(List.of(
                        compared(A, 80, 7, true, 900L),
                        compared(B, 80, 9, true, 2000L),
                        compared(C, 80, 7, true, 600L))))
                .containsExactly(B, C, A);
    }

    @Test
    void a_tampered_hidden_run_counts_zero_and_unknowns_come_last() {
        assertThat(CompareService.rank(List.of(
                        compared(A, 80, 10, false, 100L),
                        compared(B, 80, 1, true, 100L),
                        compared(C, 80, null, null, 100L),
                        compared(D, 80, 1, true, null))))
                .containsExactly(B, D, A, C);
    }

    @Test
    void full_ties_keep_the_order_asked_for() {
        assertThat(CompareService.rank(List.of(compared(C, 80, 5, true, 60L), compared(A, 80, 5, true, 60L))))
                .containsExactly(C, A);
    }

    @Test
    void two_to_five_distinct_ids_are_required() {
        assertThat(CompareService.parseIds(List.of(A + "," + B))).containsExactly(A, B);
        assertThat(CompareService.parseIds(List.of(A.toString(), B + ", " + C))).containsExactly(A, B, C);
        for (List<String> bad : List.of(
                List.<String>of(),
                List.of(A.toString()),
                List.of(A + "," + A),
                List.of(A + ",nope"),
                List.of(A + ","),
                List.of(String.join(
                        ",",
                        Arrays.asList(
                                A.toString(),
                                B.toString(),
                                C.toString(),
                                D.toString(),
                                UUID.randomUUID().toString(),
                                UUID.randomUUID().toString()))))) {
            assertThatThrownBy(() -> CompareService.parseIds(bad))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).errors().get(0).field())
                            .isEqualTo("assessmentIds"));
        }
    }

    private static Compared compared(UUID id, double score, Integer passed, Boolean counted, Long seconds) {
        return new Compared(
                id,
                "n",
                A,
                "t",
                score,
                "level",
                Map.of(),
                Map.of(),
                passed == null ? null : new HiddenTests(10, passed, true, counted),
                null,
                new TimeSpent(seconds, null, null, null, null, null, null, null),
                List.of());
    }
}

package ai.smartsuccess.skillslab.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.notification.model.NoticeKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

    @Test
    void each_kind_names_the_candidate_and_the_task() {
        assertThat(NoticeTexts.body(new NoticeTexts.Facts(NoticeKind.INVITATION_ACCEPTED, "Zoë", "Billing", Map.of())))
                .isEqualTo("Zoë accepted your invitation to “Billing”.");
        assertThat(NoticeTexts.body(new NoticeTexts.Facts(NoticeKind.CANDIDATE_SUBMITTED, "Zoë", "Billing", Map.of())))
                .isEqualTo("Zoë submitted “Billing”.");
        NoticeTexts.Facts scored = new NoticeTexts.Facts(
                NoticeKind.CANDIDATE_SCORED,
                "Zoë",
                "Billing",
                Map.of("finalScore", 72.456, "proficiencyLevel", "architect"));
        assertThat(NoticeTexts.title(scored)).isEqualTo("Candidate scored");
        assertThat(NoticeTexts.body(scored)).isEqualTo("Zoë scored 72.5/100 (AI Architect) on “Billing”.");
        assertThat(NoticeTexts.subject(scored)).isEqualTo("Zoë scored 72.5/100 (AI Architect) on “Billing”");
    }

    @Test
    void an_erased_candidate_reads_as_a_candidate_and_a_re_score_says_so() {
        NoticeTexts.Facts rescored = new NoticeTexts.Facts(
                NoticeKind.CANDIDATE_SCORED,
                null,
                "Billing",
                Map.of("finalScore", 80, "proficiencyLevel", "innovator", "rescored", true));
        assertThat(NoticeTexts.title(rescored)).isEqualTo("Candidate scored again");
        assertThat(NoticeTexts.body(rescored))
                .isEqualTo("A candidate was scored again: 80/100 (AI Innovator) on “Billing”.");
        assertThat(NoticeTexts.body(new NoticeTexts.Facts(
                        NoticeKind.CANDIDATE_SUBMITTED, null, null, Map.of("autoSubmitted", true))))
                .isEqualTo("A candidate's time on your task ran out; the work was submitted.");
    }
}

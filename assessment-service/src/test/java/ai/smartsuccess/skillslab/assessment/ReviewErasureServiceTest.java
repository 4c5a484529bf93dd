package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.assessment.BusinessReviewResourceTest.get;
import static ai.smartsuccess.skillslab.assessment.BusinessReviewResourceTest.put;
import static ai.smartsuccess.skillslab.assessment.BusinessReviewResourceTest.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.service.AccountErasureService;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deleted accounts and candidate reviews: the erasure that {@code AccountDeleted} runs (its Kafka consumer is tested in
 * AccountDeletionResourceTest and AccountLifecycleConsumerTest), called directly.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class ReviewErasureServiceTest {

    @Inject
    AccountErasureService erasure;

    @Test
    void notes_go_with_the_candidates_account_and_reviews_with_the_businesss() throws Throwable {
        try (TempUser company = TempUsers.business("erased", "Erased Inc")) {
            String candidate = "deleted-" + UUID.randomUUID();
            Task task = Task.of(company.id(), "Erasure task");
            UUID id = SeededAttempts.scored(task, candidate, "Dee", "dee@example.test", 900, Reports.figures());
            UUID other = SeededAttempts.scored(task, "Eve", "eve@example.test", 900, Reports.figures());
            put(company, id, review("shortlisted", 4, "Knows Dee from a meetup"))
                    .statusCode(200);
            put(company, id, review("interview", 4, "Dee asked for Friday")).statusCode(200);
            put(company, other, review("hired", 5, "Eve starts in May")).statusCode(200);

            erase(AccountDeleted.of(candidate, "individual"));
            get(company, id)
                    .statusCode(200)
                    .body("notes", nullValue())
                    .body("stage", equalTo("interview"))
                    .body("rating", equalTo(4))
                    .body("history", hasSize(3))
                    .body("history[0].reason", equalTo("candidate-account-deleted"))
                    .body("history[0].changedBy", equalTo("system"))
                    .body("history[0].from.stage", equalTo("interview"))
                    .body("history[0].from.notes", nullValue())
                    .body("history[0].to.notes", nullValue())
                    .body("history[1].from.notes", nullValue())
                    .body("history[1].to.notes", nullValue())
                    .body("history[2].to.notes", nullValue());
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.candidate_review_history where assessment_id = ?"
                                    + " and (old_notes is not null or new_notes is not null)",
                            id))
                    .isEqualTo(0L);
            // Notes about someone else stay.
            get(company, other).body("notes", equalTo("Eve starts in May")).body("history", hasSize(1));
            // Erasing again (a redelivery under a new event id) changes nothing more.
            erase(AccountDeleted.of(candidate, "individual"));
            get(company, id).body("history", hasSize(3));

            erase(AccountDeleted.of(company.id(), "business"));
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.candidate_reviews where business_id = ?", company.id()))
                    .isEqualTo(0L);
            assertThat(TestDatabase.value(
                            "select count(*) from assessment.candidate_review_history where business_id = ?",
                            company.id()))
                    .isEqualTo(0L);
            // The attempts and their scores stay.
            assertThat(TestDatabase.value("select count(*) from assessment.scores where assessment_id = ?", other))
                    .isEqualTo(1L);
        }
    }

    private void erase(AccountDeleted event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> erasure.erase(event));
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A business's private review of a candidate: saved, audited, scoped to its own tasks, erased with the accounts. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessReviewResourceTest {

    private static final String CANDIDATES = "/api/business/candidates";

    @Test
    void a_review_is_saved_and_every_change_is_kept_with_who_when_and_what_it_was() {
        try (TempUser company = TempUsers.business("reviewer", "Review GmbH")) {
            Task task = Task.of(company.id(), "Build a REST API");
            UUID id = SeededAttempts.scored(task, "Ada Lovelace", "ada@example.test", 1500, Reports.figures());

            get(company, id)
                    .statusCode(200)
                    .body("assessmentId", equalTo(id.toString()))
                    .body("stage", equalTo("new"))
                    .body("rating", nullValue())
                    .body("notes", nullValue())
                    .body("updatedAt", nullValue())
                    .body("history", empty());

            put(company, id, review("shortlisted", 4, "Strong tests"))
                    .statusCode(200)
                    .body("stage", equalTo("shortlisted"))
                    .body("rating", equalTo(4))
                    .body("notes", equalTo("Strong tests"))
                    .body("updatedBy", equalTo(company.id()))
                    .body("updatedAt", notNullValue())
                    .body("history", hasSize(1))
                    .body("history[0].from", nullValue())
                    .body("history[0].to.stage", equalTo("shortlisted"))
                    .body("history[0].to.rating", equalTo(4))
                    .body("history[0].to.notes", equalTo("Strong tests"))
                    .body("history[0].changedBy", equalTo(company.id()))
                    .body("history[0].changedByName", equalTo("Temp Person"))
                    .body("history[0].changedAt", notNullValue());

            // Saving the same values again is no change: no history row.
            put(company, id, review("shortlisted", 4, "Strong tests"))
                    .statusCode(200)
                    .body("history", hasSize(1));

            put(company, id, review("interview", null, "Call on Monday"))
                    .statusCode(200)
                    .body("stage", equalTo("interview"))
                    .body("rating", nullValue())
                    .body("history", hasSize(2))
                    .body("history[0].from.stage", equalTo("shortlisted"))
                    .body("history[0].from.rating", equalTo(4))
                    .body("history[0].from.notes", equalTo("Strong tests"))
                    .body("history[0].to.stage", equalTo("interview"))
                    .body("history[0].to.rating", nullValue())
                    .body("history[0].to.notes", equalTo("Call on Monday"))
                    .body("history[1].to.stage", equalTo("shortlisted"));
            get(company, id)
                    .statusCode(200)
                    .body("stage", equalTo("interview"))
                    .body("notes", equalTo("Call on Monday"))
                    .body("history", hasSize(2));

            // The list shows the stage and rating, and filters by stage.
            String row = "candidates.find { it.assessmentId == '" + id + "' }";
            given().auth()
                    .oauth2(company.token())
                    .get(CANDIDATES)
                    .then()
                    .statusCode(200)
                    .body(row + ".stage", equalTo("interview"))
                    .body(row + ".rating", nullValue());
            given().auth()
                    .oauth2(company.token())
                    .queryParam("stage", "interview,hired")
                    .get(CANDIDATES)
                    .then()
                    .body("total", equalTo(1));
            given().auth()
                    .oauth2(company.token())
                    .queryParam("stage", "hired")
                    .get(CANDIDATES)
                    .then()
                    .body("total", equalTo(0));
            given().auth()
                    .oauth2(company.token())
                    .queryParam("stage", "promoted")
                    .get(CANDIDATES)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("stage"));
        }
    }

    @Test
    void only_the_task_creator_can_read_or_change_the_review() {
        try (TempUser company = TempUsers.business("owner", "Owner AG");
                TempUser rival = TempUsers.business("rival", "Rival Ltd")) {
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Private task"), "Bo", "bo@example.test", 600, Reports.figures());
            put(company, id, review("rejected", 2, "Not for us")).statusCode(200);

            get(rival, id).statusCode(404).contentType("application/problem+json");
            put(rival, id, review("hired", 5, "mine now")).statusCode(404).contentType("application/problem+json");
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .get(path(id))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(accessToken(CANDIDATE))
                    .contentType(ContentType.JSON)
                    .body(review("hired", 5, null))
                    .put(path(id))
                    .then()
                    .statusCode(403);
            given().get(path(id)).then().statusCode(401);
            given().contentType(ContentType.JSON)
                    .body(review("hired", 5, null))
                    .put(path(id))
                    .then()
                    .statusCode(401);
            get(company, UUID.randomUUID()).statusCode(404);
            given().auth()
                    .oauth2(company.token())
                    .get(CANDIDATES + "/not-an-id/review")
                    .then()
                    .statusCode(404);

            // Nothing the others tried changed it.
            get(company, id).body("stage", equalTo("rejected")).body("history", hasSize(1));
        }
    }

    @Test
    void a_bad_stage_rating_or_notes_is_refused_and_named() {
        try (TempUser company = TempUsers.business("strict", "Strict SE")) {
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Checked task"), "Cy", "cy@example.test", 600, Reports.figures());
            Map<String, Object> zero = review("new", 0, null);
            Map<String, Object> half = review("new", null, null);
            half.put("rating", 3.5);
            Map<String, Object> text = review("new", null, null);
            text.put("rating", "five");
            Map<String, Object> missing = review(null, 3, null);
            for (Map.Entry<String, Map<String, Object>> body : Map.of(
                            "stage", review("promoted", 3, null),
                            "rating", review("new", 6, null))
                    .entrySet()) {
                put(company, id, body.getValue())
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo(body.getKey()));
            }
            for (Map<String, Object> body : List.of(zero, half, text)) {
                put(company, id, body).statusCode(400).body("errors[0].field", equalTo("rating"));
            }
            put(company, id, missing).statusCode(400).body("errors[0].field", equalTo("stage"));
            put(company, id, review("new", null, "x".repeat(2001)))
                    .statusCode(400)
                    .body("errors[0].field", equalTo("notes"));
            Map<String, Object> unknown = review("new", null, null);
            unknown.put("visibleToCandidate", true);
            put(company, id, unknown).statusCode(400).body("errors[0].field", equalTo("visibleToCandidate"));
            // 2,000 characters is allowed.
            put(company, id, review("new", null, "y".repeat(2000))).statusCode(200);
            get(company, id).body("history", hasSize(1));
        }
    }

    @Test
    void saves_at_the_same_time_each_leave_their_own_history_row() throws Exception {
        try (TempUser company = TempUsers.business("busy", "Busy GmbH")) {
            UUID id = SeededAttempts.scored(
                    Task.of(company.id(), "Busy task"), "Fin", "fin@example.test", 600, Reports.figures());
            List<String> stages = List.of("shortlisted", "interview", "rejected", "hired", "new", "interview");
            ExecutorService pool = Executors.newFixedThreadPool(stages.size());
            try {
                List<Future<Integer>> saves = new ArrayList<>();
                for (int i = 0; i < stages.size(); i++) {
                    Map<String, Object> body = review(stages.get(i), 1 + i % 5, "save " + i);
                    saves.add(pool.submit(() -> put(company, id, body).extract().statusCode()));
                }
                for (Future<Integer> save : saves) {
                    assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            String latest = get(company, id)
                    .statusCode(200)
                    .body("history", hasSize(stages.size()))
                    .body("history[-1].from", nullValue())
                    .extract()
                    .path("history[0].to.notes");
            get(company, id).body("notes", equalTo(latest));
        }
    }

    static Map<String, Object> review(String stage, Integer rating, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        body.put("rating", rating);
        body.put("notes", notes);
        return body;
    }

    private static String path(UUID id) {
        return CANDIDATES + "/" + id + "/review";
    }

    static ValidatableResponse get(TempUser user, UUID id) {
        return given().auth().oauth2(user.token()).get(path(id)).then();
    }

    static ValidatableResponse put(TempUser user, UUID id, Map<String, Object> body) {
        return given().auth()
                .oauth2(user.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path(id))
                .then();
    }
}

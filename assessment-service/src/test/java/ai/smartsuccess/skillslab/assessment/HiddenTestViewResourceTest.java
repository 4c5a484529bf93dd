package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import ai.smartsuccess.skillslab.assessment.InvitationResourceTest.Invited;
import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import ai.smartsuccess.skillslab.contracts.report.DetailedAnalysis;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hidden tests in a report, by reader: the candidate sees which passed and the counts; what a hidden suite printed
 * (where a solution could have put the hidden tests' source) and the run's integrity flags are the task owner's and
 * admins' to read.
 */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class HiddenTestViewResourceTest {

    static final String LEAK = "class HiddenTodo(unittest.TestCase): SECRET-HIDDEN-SOURCE";

    @BeforeEach
    void sandbox() {
        PlatformStubs.stubSandbox();
    }

    @Test
    void the_candidate_sees_names_and_counts_the_owner_and_admins_see_output_and_flags() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        try (TempUser candidate = TempUsers.individual("hidden")) {
            Invited invited = InvitationResourceTest.invite(business, task, candidate.email());
            UUID id = AttemptsResourceTest.accept(candidate.token(), invited);
            given().auth()
                    .oauth2(candidate.token())
                    .post("/api/assessments/" + id + "/start")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("notes", "done"))
                    .post("/api/assessments/" + id + "/submit")
                    .then()
                    .statusCode(200);
            String path = "/api/assessments/" + id;
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().auth()
                            .oauth2(candidate.token())
                            .get(path)
                            .then()
                            .body("status", oneOf("scoring", "scored", "failed")));
            KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), score(id));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().auth()
                            .oauth2(candidate.token())
                            .get(path)
                            .then()
                            .body("status", equalTo("scored"))
                            .body("score.finalScore", equalTo(31.5f)));

            String asCandidate = given().auth()
                    .oauth2(candidate.token())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("viewer", equalTo("candidate"))
                    .extract()
                    .asString();
            JsonPath candidateView = JsonPath.from(asCandidate);
            assertThat(candidateView.getInt("score.detailedAnalysis.testing.hiddenTests.passed"))
                    .isEqualTo(2);
            assertThat(candidateView.getInt("score.detailedAnalysis.testing.hiddenTests.total"))
                    .isEqualTo(3);
            assertThat(candidateView.getList("score.detailedAnalysis.testing.hiddenTests.failedTests", String.class))
                    .containsExactly("test_delete");
            assertThat(candidateView.getMap("score.detailedAnalysis.integrity"))
                    .containsKey("manipulationAttempts")
                    .doesNotContainKeys("hiddenTestFlags", "hiddenTestNote");
            assertThat(asCandidate).doesNotContain("SECRET-HIDDEN-SOURCE").doesNotContain("framework-patched");
            assertDescribed(candidateView);

            for (String reader : List.of(business, accessToken(ADMIN))) {
                JsonPath owner = JsonPath.from(given().auth()
                        .oauth2(reader)
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
                assertThat(owner.getString("score.detailedAnalysis.testing.hiddenTests.error"))
                        .contains("SECRET-HIDDEN-SOURCE");
                assertThat(owner.getList("score.detailedAnalysis.integrity.hiddenTestFlags", String.class))
                        .containsExactly("framework-patched");
                assertThat(owner.getString("score.detailedAnalysis.integrity.hiddenTestNote"))
                        .contains("capped");
                assertDescribed(owner);
            }
        }
    }

    /** Each reader's copy of the analysis is in the shape the OpenAPI document describes (nothing undescribed added). */
    static void assertDescribed(JsonPath view) {
        Map<String, Object> analysis = view.getMap("score.detailedAnalysis");
        DetailedAnalysis read = STRICT.convertValue(analysis, DetailedAnalysis.class);
        assertThat(read.testing().hiddenTests().failedTests()).containsExactly("test_delete");
    }

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static ScoreComputed score(UUID id) {
        Map<String, Object> hidden = new java.util.LinkedHashMap<>();
        hidden.put("ran", true);
        hidden.put("total", 3);
        hidden.put("passed", 2);
        hidden.put("failedTests", List.of("test_delete"));
        hidden.put("timedOut", false);
        hidden.put("counted", false);
        hidden.put("error", "The hidden tests did not run (exit code 3): " + LEAK);
        return SampleEvents.scoreComputed(id, 31.5, "explorer")
                .userId("someone")
                .scoringVersion("1.1.0")
                .categoryScores(Map.of("outcome_quality", 20.0))
                .detailedAnalysis(Map.of(
                        "summary",
                        "The hidden tests did not count.",
                        "testing",
                        Map.of("hiddenTests", hidden, "runs", 3),
                        "integrity",
                        Map.of(
                                "manipulationAttempts",
                                List.of(),
                                "hiddenTestFlags",
                                List.of("framework-patched"),
                                "hiddenTestNote",
                                "The sandbox found the submission interfering with the hidden test run: its result"
                                        + " counts 0 and outcome quality is capped at 40.")))
                .build();
    }
}

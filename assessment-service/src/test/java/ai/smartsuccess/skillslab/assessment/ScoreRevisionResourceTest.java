package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import ai.smartsuccess.skillslab.assessment.support.KafkaTopics;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Sessions;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A re-score replaces the report a candidate sees; the replaced report stays readable to administrators. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class ScoreRevisionResourceTest {

    @Test
    void a_replaced_score_is_kept_as_a_revision_and_the_report_shows_its_scoring_version() {
        UUID id = Sessions.running(CANDIDATE);
        Sessions.submit(CANDIDATE, id);
        String candidate = accessToken(CANDIDATE);
        String admin = accessToken(ADMIN);
        String path = "/api/assessments/" + id;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(candidate)
                        .get(path)
                        .then()
                        .body("status", oneOf("scoring", "scored", "failed")));

        ScoreComputed first = AssessmentLifecycleResourceTest.score(id, 58.25, "operator", "1.2.0");
        KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), first);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(candidate)
                        .get(path)
                        .then()
                        .body("score.finalScore", equalTo(58.25f))
                        .body("score.scoringVersion", equalTo("1.2.0")));
        given().auth()
                .oauth2(admin)
                .get("/api/admin/assessments/" + id + "/score-revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        ScoreComputed rescored = AssessmentLifecycleResourceTest.score(id, 71.0, "architect", "1.3.0");
        KafkaTopics.publish(KafkaTopics.SCORE_RESULTS, id.toString(), rescored);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(candidate)
                        .get(path)
                        .then()
                        .body("status", equalTo("scored"))
                        .body("score.finalScore", equalTo(71.0f))
                        .body("score.scoringVersion", equalTo("1.3.0")));
        given().auth().oauth2(admin).get(path).then().body("score.scoringVersion", equalTo("1.3.0"));

        given().auth()
                .oauth2(admin)
                .get("/api/admin/assessments/" + id + "/score-revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].assessmentId", equalTo(id.toString()))
                .body("[0].eventId", equalTo(first.eventId().toString()))
                .body("[0].replacedByEventId", equalTo(rescored.eventId().toString()))
                .body("[0].scoringVersion", equalTo("1.2.0"))
                .body("[0].finalScore", equalTo(58.25f))
                .body("[0].proficiencyLevel", equalTo("operator"))
                .body("[0].report.finalScore", equalTo(58.25f))
                .body("[0].report.strengths[0].text", equalTo("Broke the work into clear steps"))
                .body("[0].receivedAt", notNullValue())
                .body("[0].replacedAt", notNullValue());
    }

    @Test
    void only_administrators_read_revisions_and_an_unknown_assessment_is_404() {
        UUID unknown = UUID.randomUUID();
        given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/admin/assessments/" + unknown + "/score-revisions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/admin/assessments/" + unknown + "/score-revisions")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/admin/assessments/" + unknown + "/score-revisions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

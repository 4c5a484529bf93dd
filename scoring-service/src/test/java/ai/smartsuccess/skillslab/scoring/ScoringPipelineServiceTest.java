package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.LIFECYCLE_DLQ;
import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Submitted sessions go through the real Kafka, S3Proxy and PostgreSQL and come out as score results. */
@QuarkusTest
class ScoringPipelineServiceTest {

    @Inject
    S3Client s3;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(RESULTS, LIFECYCLE_DLQ);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    void store(SessionFixture session) {
        if (session.withTracking) {
            put(session.trackingRef().bucket(), session.trackingRef().key(), session.trackingNdjson());
        }
        put(session.finalRef().bucket(), session.finalRef().key(), SessionFixture.filesJson(session.finalFiles));
        put(session.starterRef().bucket(), session.starterRef().key(), SessionFixture.filesJson(session.starterFiles));
    }

    void put(String bucket, String key, byte[] bytes) {
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
    }

    List<JsonNode> results(UUID assessmentId) {
        return kafka.records(RESULTS, assessmentId.toString());
    }

    JsonNode awaitResult(UUID assessmentId) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    found.clear();
                    found.addAll(results(assessmentId));
                    return !found.isEmpty();
                });
        return found.get(0);
    }

    @Test
    void a_submitted_session_yields_a_score_with_all_sixteen_subitems_levels_and_evidence_linked_feedback() {
        SessionFixture session = Sessions.planned();
        store(session);
        kafka.send(session.assessmentId.toString(), session.submitted());

        JsonNode score = awaitResult(session.assessmentId);

        assertThat(score.path("type").asText()).isEqualTo("ScoreComputed");
        assertThat(score.path("scoringVersion").asText()).isEqualTo(ScoringEngine.SCORING_VERSION);
        assertThat(score.path("scoringModels").toString()).contains("evidence-v1", "all-minilm-l6-v2");
        int subitems = 0;
        for (String category : List.of("planning", "prompt_engineering", "tool_orchestration", "outcome_quality")) {
            assertThat(score.path("categoryScores").has(category)).as(category).isTrue();
            subitems += score.path("subitemScores").path(category).size();
        }
        assertThat(subitems).isEqualTo(16);
        assertThat(score.path("subitemScores")
                        .path("outcome_quality")
                        .path("correctness")
                        .path("raw")
                        .asDouble())
                .isEqualTo(100.0);
        double finalScore = score.path("finalScore").asDouble();
        assertThat(finalScore).isBetween(0.0, 100.0);
        assertThat(score.path("proficiencyLevel").asText()).isIn("explorer", "operator", "architect", "innovator");
        assertThat(score.path("strengths").size()).isGreaterThan(0);
        for (JsonNode feedback : score.path("strengths")) {
            assertThat(feedback.path("evidence").size()).isGreaterThan(0);
        }
        assertThat(score.path("aiHighlights").size()).isGreaterThan(0);
        assertThat(score.path("aiHighlights").get(0).path("eventId").asText()).startsWith("ev-");
        JsonNode analysis = score.path("detailedAnalysis");
        assertThat(analysis.path("summary").asText()).startsWith("You scored ");
        assertThat(analysis.has("categoryAnalysis")).isTrue();
        assertThat(analysis.path("timeAnalysis").path("totalMinutes").asLong()).isEqualTo(45);
        assertThat(analysis.path("aiUsageAnalysis").path("totalPrompts").asInt())
                .isEqualTo(3);
        assertThat(score.path("failedEvaluators").size()).isZero();
    }

    @Test
    void a_session_without_tracking_data_is_scored_from_what_exists_and_says_so() {
        SessionFixture session = Sessions.planned();
        session.withTracking = false;
        store(session);
        kafka.send(session.assessmentId.toString(), session.submitted());

        JsonNode score = awaitResult(session.assessmentId);

        assertThat(score.path("type").asText()).isEqualTo("ScoreComputed");
        assertThat(score.path("subitemScores")
                        .path("outcome_quality")
                        .path("correctness")
                        .path("raw")
                        .asDouble())
                .isEqualTo(100.0);
        assertThat(score.path("detailedAnalysis").path("summary").asText()).contains("No activity was recorded");
        assertThat(score.path("detailedAnalysis")
                        .path("dataQuality")
                        .path("trackingData")
                        .asText())
                .isEqualTo("absent");
    }

    @Test
    void a_redelivered_submission_produces_no_second_score() throws Exception {
        SessionFixture session = Sessions.planned();
        store(session);
        kafka.send(session.assessmentId.toString(), session.submitted());
        JsonNode first = awaitResult(session.assessmentId);

        RecordMetadata again = kafka.send(session.assessmentId.toString(), session.submitted());
        awaitConsumed(again);

        assertThat(results(session.assessmentId)).hasSize(1);
        assertThat(first.path("type").asText()).isEqualTo("ScoreComputed");
        given().auth()
                .oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN))
                .get("/api/admin/scoring/" + session.assessmentId + "/runs")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("scored"))
                .body("[0].published", equalTo(true));
    }

    @Test
    void other_lifecycle_events_are_ignored() throws Exception {
        UUID assessmentId = UUID.randomUUID();
        RecordMetadata sent = kafka.send(
                assessmentId.toString(),
                AssessmentExpired.of(assessmentId, "user-1", Instant.parse("2026-03-02T11:00:00Z")));
        awaitConsumed(sent);
        assertThat(results(assessmentId)).isEmpty();
        assertThat(kafka.records(LIFECYCLE_DLQ, assessmentId.toString())).isEmpty();
    }

    @Test
    void an_unsupported_schema_version_fails_the_assessment_with_a_reason_and_goes_to_the_dead_letter_topic() {
        SessionFixture session = Sessions.planned();
        store(session);
        var future = session.submission().schemaVersion(99).build();
        kafka.send(session.assessmentId.toString(), future);

        JsonNode failed = awaitResult(session.assessmentId);
        assertThat(failed.path("type").asText()).isEqualTo("ScoringFailed");
        assertThat(failed.path("reason").asText()).contains("schema version 99");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !kafka.records(LIFECYCLE_DLQ, session.assessmentId.toString())
                        .isEmpty());
    }

    @Test
    void an_unreadable_submission_fails_the_assessment_and_goes_to_the_dead_letter_topic() {
        UUID assessmentId = UUID.randomUUID();
        String broken = "{\"type\":\"AssessmentSubmitted\",\"assessmentId\":\"" + assessmentId
                + "\",\"schemaVersion\":\"one\",\"startedAt\":\"yesterday\"}";
        kafka.send(assessmentId.toString(), broken.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode failed = awaitResult(assessmentId);
        assertThat(failed.path("type").asText()).isEqualTo("ScoringFailed");
        assertThat(failed.path("reason").asText()).contains("could not be read");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !kafka.records(LIFECYCLE_DLQ, assessmentId.toString()).isEmpty());
    }

    @Test
    void an_admin_re_scores_an_assessment_from_its_stored_submission_with_the_current_version() {
        SessionFixture session = Sessions.planned();
        store(session);
        kafka.send(session.assessmentId.toString(), session.submitted());
        JsonNode first = awaitResult(session.assessmentId);

        String runId = given().auth()
                .oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN))
                .post("/api/admin/scoring/" + session.assessmentId + "/rescore")
                .then()
                .statusCode(200)
                .body("status", equalTo("scored"))
                .body("origin", equalTo("rescore"))
                .body("published", equalTo(true))
                .body("scoringVersion", equalTo(ScoringEngine.SCORING_VERSION))
                .extract()
                .path("runId");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> results(session.assessmentId).size() == 2);
        JsonNode second = results(session.assessmentId).get(1);
        assertThat(second.path("scoringRunId").asText()).isEqualTo(runId);
        assertThat(second.path("finalScore").asDouble())
                .isEqualTo(first.path("finalScore").asDouble());
        given().auth()
                .oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN))
                .get("/api/admin/scoring/" + session.assessmentId + "/runs")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].origin", equalTo("rescore"));
    }

    @Test
    void only_an_admin_may_re_score_and_an_unknown_assessment_is_a_problem() {
        UUID unknown = UUID.randomUUID();
        given().auth()
                .oauth2(KeycloakTokens.accessToken(KeycloakTokens.CANDIDATE))
                .post("/api/admin/scoring/" + unknown + "/rescore")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().post("/api/admin/scoring/" + unknown + "/rescore").then().statusCode(401);
        given().auth()
                .oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN))
                .post("/api/admin/scoring/" + unknown + "/rescore")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/not-found"));
    }

    @Test
    void readiness_includes_the_database_kafka_and_storage() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("object-storage"))
                .body("checks.name.toString()", org.hamcrest.Matchers.containsString("Kafka"))
                .body("checks.name.toString()", org.hamcrest.Matchers.containsString("Database"));
    }

    /** Waits until the scoring service's consumer group has committed past a record. */
    void awaitConsumed(RecordMetadata record) throws Exception {
        try (Admin admin = Admin.create(TestKafka.clientProperties())) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        OffsetAndMetadata committed = admin.listConsumerGroupOffsets("scoring-service")
                                .partitionsToOffsetAndMetadata()
                                .get()
                                .get(partition);
                        return committed != null && committed.offset() > record.offset();
                    });
        }
    }
}

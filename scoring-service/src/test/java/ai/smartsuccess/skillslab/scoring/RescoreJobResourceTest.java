package ai.smartsuccess.skillslab.scoring;

import static ai.smartsuccess.skillslab.scoring.support.KafkaTestClient.RESULTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.scoring.model.RescoreJob;
import ai.smartsuccess.skillslab.scoring.model.RescoreJobStatus;
import ai.smartsuccess.skillslab.scoring.repository.RescoreJobRepository;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.support.KafkaTestClient;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import ai.smartsuccess.skillslab.scoring.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Bulk re-scores through the real Kafka, S3Proxy, PostgreSQL and Keycloak: a job re-scores exactly the assessments of
 * its scope with the current version and keeps their earlier runs.
 */
@QuarkusTest
class RescoreJobResourceTest {

    static final Duration SCORING = Duration.ofSeconds(120);

    @Inject
    S3Client s3;

    @Inject
    RescoreJobRepository jobs;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(RESULTS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void a_task_job_re_scores_exactly_that_tasks_assessments_and_keeps_their_earlier_runs() {
        UUID task = UUID.randomUUID();
        SessionFixture first = scored(ofTask(Sessions.planned(), task));
        SessionFixture second = scored(ofTask(Sessions.planned(), task));
        SessionFixture otherTask = scored(ofTask(Sessions.planned(), UUID.randomUUID()));

        String jobId = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(202)
                .body("jobId", notNullValue())
                .body("scope", equalTo("task"))
                .body("taskId", equalTo(task.toString()))
                .body("total", equalTo(2))
                .body("status", equalTo("running"))
                .body("done", equalTo(0))
                .body("scoringVersion", equalTo(ScoringEngine.SCORING_VERSION))
                .body("createdAt", notNullValue())
                .extract()
                .path("jobId");

        awaitFinished(jobId).body("done", equalTo(2)).body("failed", equalTo(0)).body("finishedAt", notNullValue());

        for (SessionFixture session : List.of(first, second)) {
            await().atMost(SCORING).until(() -> results(session).size() == 2);
            JsonNode rescored = results(session).get(1);
            assertThat(rescored.path("type").asText()).isEqualTo("ScoreComputed");
            assertThat(rescored.path("scoringVersion").asText()).isEqualTo(ScoringEngine.SCORING_VERSION);
            List<String> origins = runs(session).jsonPath().getList("origin", String.class);
            assertThat(origins).containsExactly("rescore", "event");
            assertThat(runs(session).jsonPath().getString("[0].runId"))
                    .isEqualTo(rescored.path("scoringRunId").asText());
        }
        assertThat(runs(otherTask).jsonPath().getList("origin", String.class)).containsExactly("event");
        assertThat(results(otherTask)).hasSize(1);

        asAdmin().get("/api/admin/scoring/rescore-jobs").then().statusCode(200).body("jobId", hasItem(jobId));
    }

    @Test
    void an_all_job_re_scores_every_assessment_newest_first() {
        Map.Entry<String, SessionFixture> started = startAllAfterScoringTwoSessions();
        String jobId = started.getKey();
        SessionFixture newest = started.getValue();
        // The shared test database holds other runs' assessments: the job is interrupted at once, so that it re-scores
        // no more than the two it has already begun, the newest first (this test's).
        asAdmin()
                .post("/api/admin/scoring/rescore-jobs/" + jobId + "/interrupt")
                .then()
                .statusCode(200)
                .body("status", oneOf("finished", "interrupted"))
                .body("finishedAt", notNullValue());
        int total = asAdmin()
                .get("/api/admin/scoring/rescore-jobs/" + jobId)
                .then()
                .statusCode(200)
                .body("scope", equalTo("all"))
                .extract()
                .path("total");
        assertThat(total).isGreaterThanOrEqualTo(2);

        await().atMost(SCORING).until(() -> results(newest).size() == 2);
        JsonNode rescored = results(newest).get(1);
        assertThat(rescored.path("type").asText()).isEqualTo("ScoreComputed");
        assertThat(rescored.path("scoringVersion").asText()).isEqualTo(ScoringEngine.SCORING_VERSION);
        assertThat(runs(newest).jsonPath().getList("origin", String.class)).containsExactly("rescore", "event");
        await().atMost(SCORING)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> asAdmin()
                                .get("/api/admin/scoring/rescore-jobs/" + jobId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Integer>path("done")
                        >= 1);

        List<String> created = asAdmin()
                .get("/api/admin/scoring/rescore-jobs")
                .then()
                .statusCode(200)
                .body("jobId", hasItem(jobId))
                .extract()
                .jsonPath()
                .getList("createdAt", String.class);
        List<OffsetDateTime> times = created.stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }
    }

    /**
     * Scores two sessions and starts an all job right after, so that they are the most recently scored assessments
     * (the job's first two). Another run's all job (one per scope) is waited for first; should one start in between,
     * the attempt is made again with new sessions. Answers the job's id and the newest session.
     */
    private Map.Entry<String, SessionFixture> startAllAfterScoringTwoSessions() {
        for (int attempt = 1; ; attempt++) {
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> asAdmin()
                            .get("/api/admin/scoring/rescore-jobs")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("findAll { it.scope == 'all' && it.status == 'running' }")
                            .isEmpty());
            scored(ofTask(Sessions.planned(), UUID.randomUUID()));
            SessionFixture newest = scored(ofTask(Sessions.planned(), UUID.randomUUID()));
            var response = asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Map.of("all", true))
                    .post("/api/admin/scoring/rescore");
            if (response.statusCode() == 409 && attempt < 3) {
                continue;
            }
            String jobId = response.then()
                    .statusCode(202)
                    .body("scope", equalTo("all"))
                    .body("taskId", nullValue())
                    .body("status", equalTo("running"))
                    .extract()
                    .path("jobId");
            return Map.entry(jobId, newest);
        }
    }

    @Test
    void a_second_job_for_a_scope_with_a_running_job_is_a_conflict() {
        UUID task = UUID.randomUUID();
        RescoreJob running = runningJobOf(task);

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/rescore-running"))
                .body("jobId", equalTo(running.id.toString()));

        asAdmin()
                .post("/api/admin/scoring/rescore-jobs/" + running.id + "/interrupt")
                .then()
                .statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("finishedAt", notNullValue());
        // Nothing of the task was ever scored: the new job has nothing to do and is finished as it starts.
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", task.toString()))
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(202)
                .body("total", equalTo(0))
                .body("status", equalTo("finished"));
    }

    @Test
    void a_body_must_name_exactly_one_scope() {
        String task = UUID.randomUUID().toString();
        badBody("{}", "taskId");
        badBody("{\"all\": false}", "taskId");
        badBody("{\"taskId\": \"" + task + "\", \"all\": true}", "all");
        badBody("{\"taskId\": \"not-a-uuid\"}", "taskId");
        badBody("{\"all\": \"yes\"}", "all");
        badBody("{\"task\": \"" + task + "\"}", "task");
        asAdmin()
                .contentType(ContentType.JSON)
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void only_admins_start_or_read_jobs_and_an_unknown_job_is_404() {
        String candidate = KeycloakTokens.accessToken(KeycloakTokens.CANDIDATE);
        given().auth()
                .oauth2(candidate)
                .contentType(ContentType.JSON)
                .body(Map.of("all", true))
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(candidate)
                .get("/api/admin/scoring/rescore-jobs")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("all", true))
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(401);
        asAdmin()
                .get("/api/admin/scoring/rescore-jobs/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/not-found"));
    }

    private void badBody(String body, String field) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/admin/scoring/rescore")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN));
    }

    private ValidatableResponse awaitFinished(String jobId) {
        await().atMost(SCORING)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "finished"
                        .equals(asAdmin()
                                .get("/api/admin/scoring/rescore-jobs/" + jobId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
        return asAdmin().get("/api/admin/scoring/rescore-jobs/" + jobId).then().statusCode(200);
    }

    /** A job of the task's scope that runs somewhere else: a row as a running instance keeps it. */
    private RescoreJob runningJobOf(UUID task) {
        RescoreJob job = new RescoreJob();
        job.id = UUID.randomUUID();
        job.scope = RescoreJob.SCOPE_TASK;
        job.taskId = task;
        job.scopeKey = RescoreJob.scopeKey(task);
        job.status = RescoreJobStatus.RUNNING;
        job.scoringVersion = ScoringEngine.SCORING_VERSION;
        job.total = 3;
        job.requestedBy = "another-admin";
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.heartbeatAt = job.createdAt;
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> jobs.persist(job)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static SessionFixture ofTask(SessionFixture session, UUID taskId) {
        TaskSnapshot task = session.task;
        session.task = new TaskSnapshot(
                taskId,
                task.title(),
                task.description(),
                task.taskType(),
                task.difficulty(),
                task.timeLimitMinutes(),
                task.isDefault(),
                task.creatorId());
        return session;
    }

    /** Stores the session's objects, submits it and waits for its first score. */
    private SessionFixture scored(SessionFixture session) {
        put(session.trackingRef().bucket(), session.trackingRef().key(), session.trackingNdjson());
        put(session.finalRef().bucket(), session.finalRef().key(), SessionFixture.filesJson(session.finalFiles));
        put(session.starterRef().bucket(), session.starterRef().key(), SessionFixture.filesJson(session.starterFiles));
        kafka.send(session.assessmentId.toString(), session.submitted());
        await().atMost(SCORING)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> results(session).size() == 1);
        assertThat(results(session).get(0).path("type").asText()).isEqualTo("ScoreComputed");
        return session;
    }

    private void put(String bucket, String key, byte[] bytes) {
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
    }

    private List<JsonNode> results(SessionFixture session) {
        return kafka.records(RESULTS, session.assessmentId.toString());
    }

    private io.restassured.response.Response runs(SessionFixture session) {
        return asAdmin().get("/api/admin/scoring/" + session.assessmentId + "/runs");
    }
}

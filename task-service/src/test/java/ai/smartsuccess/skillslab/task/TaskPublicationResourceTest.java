package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static ai.smartsuccess.skillslab.task.TaskApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Draft → published. A new task is a draft that only its creator and admins see (catalogue, the task, its files);
 * once published it is seen like any task: by everyone when public, by its creator, admins and invited candidates when
 * private. Publishing is the creator's alone.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskPublicationResourceTest {

    static final String DEFAULT_TASK = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    static final List<String> CALLERS = List.of("creator", "other business", "individual", "admin");

    final String business = accessToken(BUSINESS);
    final List<UUID> created = new ArrayList<>();

    @Test
    void a_new_task_is_a_draft_and_publishing_it_stamps_the_time() {
        Response createdTask = as(business)
                .contentType(ContentType.JSON)
                .body(newTask("Draft until published"))
                .post("/api/tasks");
        createdTask.then().statusCode(201).body("status", equalTo("draft")).body("publishedAt", nullValue());
        UUID id = track(UUID.fromString(createdTask.path("id")));
        as(business).get("/api/tasks/" + id).then().body("status", equalTo("draft"));
        as(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue());

        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        String publishedAt = as(business)
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("isPublic", equalTo(false))
                .body("publishedAt", notNullValue())
                .extract()
                .path("publishedAt");
        assertThat(OffsetDateTime.parse(publishedAt))
                .isAfter(before)
                .isBefore(OffsetDateTime.now().plusSeconds(5));
        as(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + id)
                .then()
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo(publishedAt));

        // Publishing again is harmless: the first publication time stays; isPublic may be set on the way.
        as(business)
                .contentType(ContentType.JSON)
                .body(Map.of("isPublic", true))
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("isPublic", equalTo(true))
                .body("publishedAt", equalTo(publishedAt));
        as(business)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("isPublic", equalTo(true));
    }

    @Test
    void the_default_tasks_are_published_since_they_were_created() {
        Response task = as(accessToken(CANDIDATE)).get("/api/tasks/" + DEFAULT_TASK);
        task.then().statusCode(200).body("status", equalTo("published"));
        assertThat((String) task.path("publishedAt")).isEqualTo(task.path("createdAt"));
        as(accessToken(CANDIDATE))
                .queryParam("isDefault", true)
                .queryParam("limit", 50)
                .get("/api/tasks")
                .then()
                .statusCode(200)
                .body("tasks.status", everyItem(equalTo("published")))
                .body("tasks.publishedAt", everyItem(notNullValue()));
    }

    @Test
    void publish_with_isPublic_makes_the_task_public_for_everyone() {
        UUID id = track(TaskApi.create(business, newTask("Published as public")));
        as(accessToken(CANDIDATE)).get("/api/tasks/" + id).then().statusCode(404);
        as(business)
                .contentType(ContentType.JSON)
                .body(Map.of("isPublic", true))
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("isPublic", equalTo(true));
        as(accessToken(CANDIDATE))
                .get("/api/tasks/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("published"));
    }

    @Test
    void only_the_creator_publishes() {
        UUID draft = track(TaskApi.create(business, with(newTask("Someone else's draft"), "isPublic", true)));
        UUID published = track(TaskApi.create(business, newTask("Someone else's public task")));
        TaskApi.publish(business, published, true);
        for (UUID id : List.of(draft, published)) {
            for (String other : List.of(accessToken(KeycloakUsers.secondBusiness()), accessToken(ADMIN))) {
                as(other)
                        .post("/api/tasks/" + id + "/publish")
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
            }
            as(accessToken(CANDIDATE))
                    .post("/api/tasks/" + id + "/publish")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as(null).post("/api/tasks/" + id + "/publish").then().statusCode(401);
        }
        as(business).get("/api/tasks/" + draft).then().body("status", equalTo("draft"));
        as(business).post("/api/tasks/" + UUID.randomUUID() + "/publish").then().statusCode(404);
        as(business).post("/api/tasks/" + DEFAULT_TASK + "/publish").then().statusCode(404);
    }

    @Test
    void a_publish_body_is_validated_and_names_the_field() {
        UUID id = track(TaskApi.create(business, newTask("Publish body checks")));
        Map<String, Object> nullFlag = new HashMap<>();
        nullFlag.put("isPublic", null);
        as(business)
                .contentType(ContentType.JSON)
                .body(nullFlag)
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("isPublic"));
        as(business)
                .contentType(ContentType.JSON)
                .body(Map.of("isPublic", "sometimes"))
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("isPublic"));
        as(business)
                .contentType(ContentType.JSON)
                .body(Map.of("public", true))
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("public"));
        as(business).get("/api/tasks/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void an_archived_task_cannot_be_published() {
        UUID id = track(TaskApi.create(business, newTask("Archived before publishing")));
        AssessmentEvents.started(id, 1);
        as(business).delete("/api/tasks/" + id).then().statusCode(204).header("Skills-Lab-Task-Outcome", "archived");
        as(business)
                .post("/api/tasks/" + id + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(business).get("/api/tasks/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void a_copy_is_a_draft_even_of_a_published_task() {
        String copy = as(business)
                .post("/api/tasks/" + DEFAULT_TASK + "/duplicate")
                .then()
                .statusCode(201)
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue())
                .extract()
                .path("id");
        track(UUID.fromString(copy));
        as(accessToken(CANDIDATE)).get("/api/tasks/" + copy).then().statusCode(404);
    }

    /**
     * Who sees what: four tasks of the creator (draft or published × private or public) seen by the creator, another
     * business, an individual and an admin, through the task, the catalogue, the file list and a file download.
     */
    @TestFactory
    Stream<DynamicTest> who_sees_drafts_and_published_tasks() {
        Map<String, String> tokens = Map.of(
                "creator", business,
                "other business", accessToken(KeycloakUsers.secondBusiness()),
                "individual", accessToken(CANDIDATE),
                "admin", accessToken(ADMIN));
        Map<String, UUID> tasks = new HashMap<>();
        Map<String, UUID> files = new HashMap<>();
        for (String kind : List.of("draft private", "draft public", "published private", "published public")) {
            UUID id = track(
                    TaskApi.create(business, with(newTask("Matrix " + kind), "isPublic", kind.endsWith("public"))));
            files.put(kind, TaskApi.upload(business, id, "main.py", "starter", "print('" + kind + "')\n"));
            if (kind.startsWith("published")) {
                TaskApi.publish(business, id, null);
            }
            tasks.put(kind, id);
        }
        Map<String, Set<String>> seenBy = Map.of(
                "draft private", Set.of("creator", "admin"),
                "draft public", Set.of("creator", "admin"),
                "published private", Set.of("creator", "admin"),
                "published public", Set.of("creator", "other business", "individual", "admin"));
        Map<String, Set<UUID>> catalogues = new HashMap<>();
        return tasks.keySet().stream()
                .sorted()
                .flatMap(kind -> CALLERS.stream().map(caller -> {
                    boolean sees = seenBy.get(kind).contains(caller);
                    UUID id = tasks.get(kind);
                    String token = tokens.get(caller);
                    return DynamicTest.dynamicTest(
                            kind + " task as " + caller + (sees ? " -> seen" : " -> not found"), () -> {
                                int status = sees ? 200 : 404;
                                Response task = as(token).get("/api/tasks/" + id);
                                assertThat(task.statusCode())
                                        .as(task.asString())
                                        .isEqualTo(status);
                                if (sees) {
                                    assertThat((String) task.path("status")).isEqualTo(kind.split(" ")[0]);
                                }
                                as(token)
                                        .get("/api/tasks/" + id + "/files")
                                        .then()
                                        .statusCode(status);
                                as(token)
                                        .get("/api/tasks/" + id + "/files/" + files.get(kind))
                                        .then()
                                        .statusCode(status);
                                Set<UUID> catalogue = catalogues.computeIfAbsent(caller, c -> catalogue(token));
                                assertThat(catalogue.contains(id))
                                        .as("in the catalogue")
                                        .isEqualTo(sees);
                            });
                }));
    }

    /** Every task id of a caller's catalogue, all pages. */
    private static Set<UUID> catalogue(String token) {
        Set<UUID> ids = new HashSet<>();
        int offset = 0;
        boolean more = true;
        while (more) {
            Response page = as(token)
                    .queryParam("isDefault", false)
                    .queryParam("limit", 100)
                    .queryParam("offset", offset)
                    .get("/api/tasks");
            page.then().statusCode(200);
            List<String> pageIds = page.path("tasks.id");
            pageIds.forEach(id -> ids.add(UUID.fromString(id)));
            offset += pageIds.size();
            more = page.path("hasMore");
        }
        return ids;
    }

    private UUID track(UUID id) {
        created.add(id);
        return id;
    }

    // After each test, not after all: Quarkus points RestAssured at the test instance only around each test.
    @AfterEach
    void removeTasks() {
        for (UUID id : created) {
            AssessmentEvents.forget(id);
            as(business).delete("/api/tasks/" + id);
        }
        created.clear();
    }
}

package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Publishing and deleting a task each leave one audit entry on {@code test.audit} (through the audit outbox): who, the
 * task, and the client address the gateway passed on; a publish that is refused leaves none.
 */
@QuarkusTest
class TaskAuditResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void publishing_and_deleting_a_task_are_audited() throws Exception {
        String business = accessToken(BUSINESS);
        UUID id = TaskApi.create(business, newTask("Audited task"));
        try (TopicReader audit = TopicReader.fromEnd("test.audit")) {
            as(business)
                    .header("X-Skills-Lab-Client-Address", "198.51.100.23")
                    .header("User-Agent", "task-audit-test")
                    .post("/api/tasks/" + id + "/publish")
                    .then()
                    .statusCode(200);
            JsonNode published = entry(audit, id, "task.published");
            assertThat(published.get("actorId").asText()).isEqualTo(KeycloakTokens.subject(BUSINESS));
            assertThat(published.get("actorRole").asText()).isEqualTo("business");
            assertThat(published.get("actorService").asText()).isEqualTo("task-service");
            assertThat(published.get("targetType").asText()).isEqualTo("task");
            assertThat(published.get("outcome").asText()).isEqualTo("success");
            assertThat(published.get("clientAddress").asText()).isEqualTo("198.51.100.23");
            assertThat(published.get("userAgent").asText()).isEqualTo("task-audit-test");

            // Publishing again changes nothing worth an entry; another business cannot publish it at all.
            as(business).post("/api/tasks/" + id + "/publish").then().statusCode(200);
            as(accessToken(KeycloakTokens.CANDIDATE))
                    .post("/api/tasks/" + id + "/publish")
                    .then()
                    .statusCode(403);

            as(business).delete("/api/tasks/" + id).then().statusCode(204);
            JsonNode deleted = entry(audit, id, "task.deleted");
            assertThat(deleted.get("details").get("outcome").asText()).isEqualTo("deleted");
            assertThat(entries(audit, id, "task.published")).hasSize(1);
        }
    }

    private JsonNode entry(TopicReader audit, UUID taskId, String action) {
        await().atMost(WAIT).until(() -> !entries(audit, taskId, action).isEmpty());
        return entries(audit, taskId, action).get(0);
    }

    private List<JsonNode> entries(TopicReader audit, UUID taskId, String action) {
        return audit.withKey("task:" + taskId, Duration.ofMillis(500)).stream()
                .map(this::read)
                .filter(node -> action.equals(node.get("action").asText()))
                .toList();
    }

    private JsonNode read(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

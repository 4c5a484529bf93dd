package ai.smartsuccess.skillslab.assessment.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * WireMock at the REST boundaries this service calls but which do not run during module tests: task-service, the
 * sandbox orchestrator, and the AI providers (which replay the providers' real wire formats). Everything else is the
 * real local platform.
 */
public class PlatformStubs implements QuarkusTestResourceLifecycleManager {

    /**
     * Init argument naming a callee that is down ({@code sandbox} or {@code task-service}): its REST client points at a
     * closed local port instead of WireMock.
     */
    public static final String DOWN = "down";

    /** Nothing listens there: a connection is refused at once. */
    public static final String CLOSED_PORT_URL = "http://127.0.0.1:1";

    private static WireMockServer server;

    private String down = "";

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault(DOWN, "");
    }

    public static WireMockServer wiremock() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String base = server.baseUrl();
        return Map.of(
                "quarkus.rest-client.task-service.url",
                urlOf("task-service", base + "/task-service"),
                "quarkus.rest-client.sandbox.url",
                urlOf("sandbox", base + "/sandbox"),
                "skillslab.ai.providers.openai.base-url",
                base + "/openai/v1",
                "skillslab.ai.providers.openai.api-key",
                "sk-platform-test-key-0000",
                "skillslab.ai.providers.anthropic.base-url",
                base + "/anthropic/v1",
                "skillslab.ai.providers.anthropic.api-key",
                "sk-ant-platform-test-key-0000",
                "skillslab.ai.providers.openai-compatible.base-url",
                base + "/compat/v1");
    }

    private String urlOf(String callee, String stubbed) {
        return down.equals(callee) ? CLOSED_PORT_URL : stubbed;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A task as task-service shows it to a caller who may take it (and to this service's own token). */
    public static UUID stubTask(TaskStub task) {
        server.stubFor(
                get(urlPathEqualTo("/task-service/api/tasks/" + task.id())).willReturn(okJson(task.json())));
        server.stubFor(
                get(urlPathEqualTo("/task-service/internal/tasks/" + task.id())).willReturn(okJson(task.json())));
        return task.id();
    }

    /**
     * A business's private task: the internal API (this service's token) shows it, the public API hides it from the
     * candidate, as task-service does until it has granted access for an accepted invitation.
     */
    public static UUID stubPrivateTask(TaskStub task) {
        stubHiddenTask(task.id());
        server.stubFor(
                get(urlPathEqualTo("/task-service/internal/tasks/" + task.id())).willReturn(okJson(task.json())));
        return task.id();
    }

    /** A task task-service hides from the caller (it answers 404, as for an unknown task). */
    public static UUID stubHiddenTask(UUID id) {
        server.stubFor(get(urlPathEqualTo("/task-service/api/tasks/" + id))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://skillslab.dev/problems/not-found\",\"title\":\"Not found\","
                                + "\"status\":404,\"detail\":\"Task was not found\"}")));
        return id;
    }

    /** A healthy sandbox orchestrator for every assessment. */
    public static void stubSandbox() {
        server.stubFor(post(urlPathEqualTo("/sandbox/internal/sandboxes"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers("response-template")
                        .withBody("{\"assessmentId\":\"{{jsonPath request.body '$.assessmentId'}}\","
                                + "\"sandboxId\":\"local-{{jsonPath request.body '$.assessmentId'}}\","
                                + "\"backend\":\"local\",\"status\":\"ready\",\"readyMillis\":42}")));
        server.stubFor(post(urlMatching("/sandbox/internal/sandboxes/([0-9a-f-]+)/finalize"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers("response-template")
                        .withBody("{\"assessmentId\":\"{{request.pathSegments.[3]}}\","
                                + "\"finalFiles\":{\"bucket\":\"submissions\",\"key\":\"assessments/{{request.pathSegments.[3]}}/final.json\"},"
                                + "\"starterFiles\":{\"bucket\":\"submissions\",\"key\":\"assessments/{{request.pathSegments.[3]}}/starter.json\"},"
                                + "\"files\":[{\"path\":\"main.py\",\"size\":120},{\"path\":\"tests/test_smoke.py\",\"size\":80}],"
                                + "\"hiddenTests\":{\"runner\":\"python-unittest\",\"total\":3,\"passed\":2,\"failed\":1,"
                                + "\"durationMs\":830,\"timedOut\":false,\"error\":null,\"tests\":["
                                + "{\"name\":\"test_create\",\"passed\":true,\"message\":null},"
                                + "{\"name\":\"test_list\",\"passed\":true,\"message\":null},"
                                + "{\"name\":\"test_delete\",\"passed\":false,\"message\":\"404 != 204\"}]}}")));
        server.stubFor(delete(urlMatching("/sandbox/internal/sandboxes/([0-9a-f-]+)"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlMatching("/sandbox/api/assessments/([0-9a-f-]+)/files/.+"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"path\":\"written\",\"size\":1}")));
        server.stubFor(get(urlMatching("/sandbox/api/assessments/([0-9a-f-]+)/files"))
                .willReturn(okJson("{\"entries\":[{\"path\":\"main.py\",\"type\":\"file\",\"size\":120},"
                        + "{\"path\":\"tests\",\"type\":\"directory\",\"size\":0},"
                        + "{\"path\":\"todo_api/store.py\",\"type\":\"file\",\"size\":300}]}")));
        // Two of the REST task's starter files, read back as the offline assistant reads the workspace.
        stubWorkspaceFile(
                "main.py",
                "\"\"\"Starts the todo API on http://127.0.0.1:8000.\"\"\"\n\nfrom todo_api.server import make_server\n");
        stubWorkspaceFile(
                "todo_api/store.py",
                "import sqlite3\n\n\nclass TodoStore:\n    def __init__(self, path=\":memory:\"):\n"
                        + "        self._db = sqlite3.connect(path, check_same_thread=False)\n\n"
                        + "    def create(self, title, done=False):\n"
                        + "        raise NotImplementedError(\"create a todo and return it\")\n");
    }

    private static void stubWorkspaceFile(String path, String content) {
        try {
            String body = new ObjectMapper()
                    .writeValueAsString(Map.of("path", path, "content", content, "size", content.length()));
            server.stubFor(get(urlMatching("/sandbox/api/assessments/([0-9a-f-]+)/files/" + path.replace(".", "\\.")))
                    .willReturn(okJson(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sandbox's finalize answer for one assessment, as {@link #stubSandbox} answers it plus the last sequence of the
     * session's activity ({@code SandboxActivity} on Kafka).
     */
    public static void stubFinalize(UUID assessmentId, long activitySequence) {
        server.stubFor(post(urlPathEqualTo("/sandbox/internal/sandboxes/" + assessmentId + "/finalize"))
                .atPriority(1)
                .willReturn(okJson("{\"assessmentId\":\"" + assessmentId + "\","
                        + "\"finalFiles\":{\"bucket\":\"submissions\",\"key\":\"" + assessmentId
                        + "/final-files.json\"},"
                        + "\"starterFiles\":{\"bucket\":\"submissions\",\"key\":\"" + assessmentId
                        + "/starter-files.json\"},"
                        + "\"files\":[{\"path\":\"main.py\",\"size\":120,\"sha256\":\"00\"}],"
                        + "\"hiddenTests\":{\"runner\":\"none\",\"total\":0,\"passed\":0,\"failed\":0,"
                        + "\"durationMs\":0,\"timedOut\":false,\"error\":null,\"tests\":[]},"
                        + "\"activitySequence\":" + activitySequence + "}")));
    }

    /**
     * The task fields this service reads, in task-service's JSON.
     *
     * @param status {@code draft} or {@code published}; null leaves the field out, as task-service did before
     *     publishing existed
     */
    public record TaskStub(
            UUID id,
            String title,
            String taskType,
            int timeLimitMinutes,
            boolean isDefault,
            String creatorId,
            boolean usesPlatformKeys,
            Integer maxAttempts,
            String runtime,
            String status) {

        public static TaskStub practice() {
            return new TaskStub(
                    UUID.randomUUID(),
                    "Build a REST API with AI Assistance",
                    "code_generation",
                    120,
                    true,
                    null,
                    true,
                    null,
                    "python",
                    null);
        }

        public TaskStub withMaxAttempts(Integer limit) {
            return new TaskStub(
                    id, title, taskType, timeLimitMinutes, false, creatorId, usesPlatformKeys, limit, runtime, status);
        }

        public TaskStub createdBy(String creator) {
            return new TaskStub(
                    id,
                    title,
                    taskType,
                    timeLimitMinutes,
                    false,
                    creator,
                    usesPlatformKeys,
                    maxAttempts,
                    runtime,
                    status);
        }

        public TaskStub withOwnKeysOnly() {
            return new TaskStub(
                    id, title, taskType, timeLimitMinutes, isDefault, creatorId, false, maxAttempts, runtime, status);
        }

        public TaskStub withStatus(String publication) {
            return new TaskStub(
                    id,
                    title,
                    taskType,
                    timeLimitMinutes,
                    isDefault,
                    creatorId,
                    usesPlatformKeys,
                    maxAttempts,
                    runtime,
                    publication);
        }

        String json() {
            return """
                    {"id":"%s","title":"%s","description":"## Task Description\\n\\nBuild it.","taskType":"%s",
                     "difficulty":"basic","timeLimitMinutes":%d,"isDefault":%s,"isPublic":true,"isActive":true,
                     "usesPlatformKeys":%s,"maxAttempts":%s,"accessStartDate":null,"accessEndDate":null,
                     "runtime":"%s","visibleTestCommand":"python3 -m unittest discover -s tests -v",
                     "creatorId":%s,"archivedAt":null,%s"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z",
                     "files":[{"id":"%s","path":"main.py","fileType":"code","sizeBytes":120,"mimeType":"text/x-python"}],
                     "evaluationConfig":{"categoryWeights":{"planning":25,"prompt_engineering":25,"tool_orchestration":25,"outcome_quality":25},
                       "subitemWeights":{"planning":{"task_breakdown":25,"time_estimation":25,"milestone_definition":25,"problem_understanding":25}},
                       "levelThresholds":{"explorer":{"min":0,"max":39},"operator":{"min":40,"max":64},"architect":{"min":65,"max":84},"innovator":{"min":85,"max":100}},
                       "customCategories":[]}}
                    """.formatted(
                            id,
                            title,
                            taskType,
                            timeLimitMinutes,
                            isDefault,
                            usesPlatformKeys,
                            maxAttempts == null ? "null" : maxAttempts.toString(),
                            runtime,
                            creatorId == null ? "null" : "\"" + creatorId + "\"",
                            status == null ? "" : "\"status\":\"" + status + "\",",
                            UUID.randomUUID());
        }
    }
}

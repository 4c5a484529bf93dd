package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tasks of the calibration set: {@code calibration/tasks.json} names them and says how their tests run; the rest
 * is read from task-service, never copied: the row its Flyway migrations create (title, description, type, difficulty,
 * time limit, visible test command, hidden runner), the starter files, the hidden suite and the reference solution.
 * task-service is found at {@code ../task-service} from the module directory, or where the system property
 * {@value #TASKS_ROOT_PROPERTY} says.
 */
public final class TaskCatalog {

    public static final String TASKS_ROOT_PROPERTY = "skillslab.calibration.tasks-root";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, CalibrationTask> bySlug;

    private TaskCatalog(Map<String, CalibrationTask> bySlug) {
        this.bySlug = Collections.unmodifiableMap(bySlug);
    }

    public static TaskCatalog load() {
        return load(Path.of(System.getProperty(TASKS_ROOT_PROPERTY, "../task-service")));
    }

    public static TaskCatalog load(Path taskService) {
        Map<String, Map<String, Object>> rows =
                FlywayTaskRows.read(taskService.resolve("src/main/resources/db/migration"));
        JsonNode catalog = readJson(resource("/calibration/tasks.json"), "calibration/tasks.json");
        Map<String, CalibrationTask> tasks = new LinkedHashMap<>();
        for (JsonNode t : catalog.path("tasks")) {
            String slug = required(t, "slug");
            String id = required(t, "id");
            Map<String, Object> row = rows.get(id);
            if (row == null) {
                throw new IllegalStateException(
                        "tasks.json: task " + slug + " (" + id + ") is not a row of task-service's migrations");
            }
            String visible = required(t, "visibleTestCommand");
            String runner = required(t, "hiddenRunner");
            if (!visible.equals(row.get("visible_test_command"))) {
                throw new IllegalStateException("tasks.json: the visible test command of " + slug + " is '" + visible
                        + "' but task-service's is '" + row.get("visible_test_command") + "'");
            }
            if (!runner.equals(row.get("hidden_test_runner"))) {
                throw new IllegalStateException("tasks.json: the hidden runner of " + slug + " is " + runner
                        + " but task-service's is " + row.get("hidden_test_runner"));
            }
            TaskSnapshot snapshot = new TaskSnapshot(
                    UUID.fromString(id),
                    (String) row.get("title"),
                    (String) row.get("description"),
                    (String) row.get("task_type"),
                    Objects.requireNonNullElse((String) row.get("difficulty"), "intermediate"),
                    row.get("time_limit_minutes") == null ? 120 : (Integer) row.get("time_limit_minutes"),
                    Boolean.TRUE.equals(row.get("is_default")),
                    (String) row.get("creator_id"));
            Path task = taskService.resolve("src/main/resources/default-tasks").resolve(id);
            Map<String, String> starter = files(task.resolve("starter"));
            Map<String, String> hidden = files(task.resolve("hidden"));
            Map<String, String> reference = new LinkedHashMap<>(starter);
            reference.putAll(files(taskService
                    .resolve("src/test/resources/reference-solutions")
                    .resolve(id)));
            if (starter.isEmpty() || hidden.isEmpty()) {
                throw new IllegalStateException("task " + slug + ": no starter or hidden files under " + task);
            }
            tasks.put(
                    slug,
                    new CalibrationTask(
                            slug,
                            snapshot,
                            (String) row.get("runtime"),
                            visible,
                            required(t, "hiddenTestCommand"),
                            runner,
                            Collections.unmodifiableMap(starter),
                            Collections.unmodifiableMap(hidden),
                            Collections.unmodifiableMap(reference)));
        }
        return new TaskCatalog(tasks);
    }

    public CalibrationTask get(String slug) {
        CalibrationTask task = bySlug.get(slug);
        if (task == null) {
            throw new IllegalArgumentException("unknown task '" + slug + "' (tasks.json has " + bySlug.keySet() + ")");
        }
        return task;
    }

    public Map<String, CalibrationTask> all() {
        return bySlug;
    }

    /** Every file under {@code dir}, by its path relative to it (forward slashes), in path order. */
    static Map<String, String> files(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the task files under " + dir.toAbsolutePath(), e);
        }
        return files;
    }

    static String resource(String name) {
        try (InputStream in = TaskCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(what + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("tasks.json: a task has no '" + field + "'");
        }
        return value.asText();
    }
}

package ai.smartsuccess.skillslab.scoring.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The starter files of the default "Build a REST API with AI Assistance" task, as a candidate receives them. */
public final class TodoTask {

    public static final List<String> STARTER_PATHS = List.of(
            "README.md",
            "main.py",
            "tests/test_smoke.py",
            "todo_api/__init__.py",
            "todo_api/server.py",
            "todo_api/store.py");

    private TodoTask() {}

    public static Map<String, String> starterFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : STARTER_PATHS) {
            files.put(path, resource("/tasks/todo-api/starter/" + path));
        }
        return files;
    }

    public static String resource(String name) {
        try (InputStream in = TodoTask.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.client.SandboxDtos.FileEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantFilesTest {

    @Test
    void only_source_and_text_files_outside_caches_and_dependencies_are_read() {
        List<String> chosen = AssistantFiles.chosen(List.of(
                new FileEntry("README.md", "file", 700L),
                new FileEntry("todo_api", "directory", 0L),
                new FileEntry("todo_api/store.py", "file", 1200L),
                new FileEntry("todo_api/__pycache__/store.cpython-311.pyc", "file", 900L),
                new FileEntry("node_modules/x/index.js", "file", 100L),
                new FileEntry(".env", "file", 40L),
                new FileEntry("data.db", "file", 8192L),
                new FileEntry("big.json", "file", 900_000L)));
        assertThat(chosen).containsExactly("README.md", "todo_api/store.py");
    }

    @Test
    void the_files_stay_within_the_assistants_caps() {
        List<FileEntry> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new FileEntry("src/f" + i + ".py", "file", 10_000L));
        }
        List<String> chosen = AssistantFiles.chosen(many);
        assertThat(chosen).hasSize(20).startsWith("src/f0.py");
    }
}

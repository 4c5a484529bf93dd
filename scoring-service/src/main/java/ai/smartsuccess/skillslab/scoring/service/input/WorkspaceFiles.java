package ai.smartsuccess.skillslab.scoring.service.input;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a workspace, by path in a stable order.
 *
 * @param skipped paths the recording side left out (too large, binary...), as it reported them
 */
public record WorkspaceFiles(Map<String, WorkspaceFile> files, List<String> skipped) {

    public WorkspaceFiles {
        files = new TreeMap<>(files);
        skipped = List.copyOf(skipped);
    }

    public static WorkspaceFiles empty() {
        return new WorkspaceFiles(Map.of(), List.of());
    }

    public String text(String path) {
        WorkspaceFile file = files.get(path);
        return file == null ? null : file.text();
    }
}

package ai.smartsuccess.skillslab.sandbox.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** task-service's bundle of a task: starter files for the workspace, hidden files for finalize. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskBundle(
        UUID taskId,
        String runtime,
        String visibleTestCommand,
        String hiddenTestRunner,
        List<File> starterFiles,
        List<File> hiddenFiles) {

    public TaskBundle {
        starterFiles = starterFiles == null ? List.of() : List.copyOf(starterFiles);
        hiddenFiles = hiddenFiles == null ? List.of() : List.copyOf(hiddenFiles);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(String path, String contentBase64) {}
}

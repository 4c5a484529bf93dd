package ai.smartsuccess.skillslab.offline;

/**
 * One text file of the candidate's workspace (or of the task's starter files) as the offline assistant reads it.
 *
 * @param path relative to the workspace root, with {@code /}
 */
public record TaskFile(String path, String content) {

    public TaskFile {
        path = path == null ? "" : path;
        content = content == null ? "" : content;
    }
}

package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * What the offline assistant knows of the session's task, so that its answers fit it (language, time budget, domain,
 * and the files the candidate works on).
 *
 * @param description the task's brief (markdown), read for the domain it names; may be null
 * @param files the workspace's text files (or the task's starter files), at most {@link #MAX_FILES} of them, each cut
 *     at {@link #MAX_FILE_CHARS} and all together at {@link #MAX_TOTAL_CHARS}; empty when they could not be read
 */
public record TaskContext(
        String title, String taskType, String runtime, int timeLimitMinutes, String description, List<TaskFile> files) {

    public static final int MAX_FILES = 40;
    public static final int MAX_FILE_CHARS = 64_000;
    public static final int MAX_TOTAL_CHARS = 200_000;

    public TaskContext {
        files = capped(files);
    }

    public TaskContext(String title, String taskType, String runtime, int timeLimitMinutes, String description) {
        this(title, taskType, runtime, timeLimitMinutes, description, List.of());
    }

    public TaskContext(String title, String taskType, String runtime, int timeLimitMinutes) {
        this(title, taskType, runtime, timeLimitMinutes, null, List.of());
    }

    /** The same task with these files. */
    public TaskContext withFiles(List<TaskFile> files) {
        return new TaskContext(title, taskType, runtime, timeLimitMinutes, description, files);
    }

    public boolean node() {
        return "node".equals(runtime);
    }

    public String testCommand() {
        return node() ? "node --test tests/" : "python3 -m unittest discover -s tests -v";
    }

    /** Title and brief, for looking up what the task is about. */
    String text() {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }

    private static List<TaskFile> capped(List<TaskFile> files) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        List<TaskFile> kept = new ArrayList<>();
        int total = 0;
        for (TaskFile file : files) {
            if (file == null || kept.size() >= MAX_FILES || total >= MAX_TOTAL_CHARS) {
                continue;
            }
            int room = Math.min(MAX_FILE_CHARS, MAX_TOTAL_CHARS - total);
            String content = file.content().length() > room ? file.content().substring(0, room) : file.content();
            kept.add(new TaskFile(file.path(), content));
            total += content.length();
        }
        return List.copyOf(kept);
    }
}

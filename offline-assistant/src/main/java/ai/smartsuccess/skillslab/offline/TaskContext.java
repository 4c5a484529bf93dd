package ai.smartsuccess.skillslab.offline;

/**
 * What the offline assistant knows of the session's task, so that its answers fit it (language, time budget, domain).
 *
 * @param description the task's brief (markdown), read for the domain it names; may be null
 */
public record TaskContext(String title, String taskType, String runtime, int timeLimitMinutes, String description) {

    public TaskContext(String title, String taskType, String runtime, int timeLimitMinutes) {
        this(title, taskType, runtime, timeLimitMinutes, null);
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
}

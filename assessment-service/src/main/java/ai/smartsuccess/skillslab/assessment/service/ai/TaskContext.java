package ai.smartsuccess.skillslab.assessment.service.ai;

/** What the offline assistant knows of the session's task, so that its answers fit it (language, time budget). */
public record TaskContext(String title, String taskType, String runtime, int timeLimitMinutes) {

    public boolean node() {
        return "node".equals(runtime);
    }

    public String testCommand() {
        return node() ? "node --test tests/" : "python3 -m unittest discover -s tests -v";
    }
}

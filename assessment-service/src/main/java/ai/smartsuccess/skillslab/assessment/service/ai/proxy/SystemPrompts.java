package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.TaskSnapshotDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The platform's system prompt for a session's task; the candidate cannot supply or change it. */
@ApplicationScoped
public class SystemPrompts {

    private final Optional<String> template;

    SystemPrompts(AssessmentConfig config) {
        this.template = config.ai().systemPrompt().filter(t -> !t.isBlank());
    }

    /** Null when the platform sends none. */
    public String forTask(TaskSnapshotDocument task) {
        return template.map(t -> t.replace("{title}", nullToEmpty(task.title()))
                        .replace("{taskType}", nullToEmpty(task.taskType()))
                        .replace("{runtime}", nullToEmpty(task.runtime())))
                .orElse(null);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package ai.smartsuccess.skillslab.task.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/tasks} and {@code PUT /api/tasks/{id}}. Not a record because an update must tell a field
 * that was left out (keep it) from one sent as {@code null} (clear it, e.g. {@code "maxAttempts": null} for unlimited
 * attempts): Jackson calls a setter only for the fields present in the JSON, and each setter records its field.
 */
public final class TaskInput {

    @Schema(hidden = true)
    private final Set<String> present = new HashSet<>();

    private String title;
    private String description;
    private String taskType;
    private String difficulty;
    private Integer timeLimitMinutes;
    private Boolean isPublic;
    private Boolean isActive;
    private Boolean usesPlatformKeys;
    private OffsetDateTime accessStartDate;
    private OffsetDateTime accessEndDate;
    private Integer maxAttempts;
    private String runtime;
    private String visibleTestCommand;
    private String hiddenTestRunner;
    private EvaluationConfigInput evaluationConfig;

    public boolean has(String field) {
        return present.contains(field);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String taskType() {
        return taskType;
    }

    public String difficulty() {
        return difficulty;
    }

    public Integer timeLimitMinutes() {
        return timeLimitMinutes;
    }

    public Boolean isPublic() {
        return isPublic;
    }

    public Boolean isActive() {
        return isActive;
    }

    public Boolean usesPlatformKeys() {
        return usesPlatformKeys;
    }

    public OffsetDateTime accessStartDate() {
        return accessStartDate;
    }

    public OffsetDateTime accessEndDate() {
        return accessEndDate;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public String runtime() {
        return runtime;
    }

    public String visibleTestCommand() {
        return visibleTestCommand;
    }

    public String hiddenTestRunner() {
        return hiddenTestRunner;
    }

    public EvaluationConfigInput evaluationConfig() {
        return evaluationConfig;
    }

    @JsonProperty("title")
    public TaskInput setTitle(String value) {
        title = value;
        present.add("title");
        return this;
    }

    @JsonProperty("description")
    public TaskInput setDescription(String value) {
        description = value;
        present.add("description");
        return this;
    }

    @JsonProperty("taskType")
    public TaskInput setTaskType(String value) {
        taskType = value;
        present.add("taskType");
        return this;
    }

    @JsonProperty("difficulty")
    public TaskInput setDifficulty(String value) {
        difficulty = value;
        present.add("difficulty");
        return this;
    }

    @JsonProperty("timeLimitMinutes")
    public TaskInput setTimeLimitMinutes(Integer value) {
        timeLimitMinutes = value;
        present.add("timeLimitMinutes");
        return this;
    }

    @JsonProperty("isPublic")
    public TaskInput setIsPublic(Boolean value) {
        isPublic = value;
        present.add("isPublic");
        return this;
    }

    @JsonProperty("isActive")
    public TaskInput setIsActive(Boolean value) {
        isActive = value;
        present.add("isActive");
        return this;
    }

    @JsonProperty("usesPlatformKeys")
    public TaskInput setUsesPlatformKeys(Boolean value) {
        usesPlatformKeys = value;
        present.add("usesPlatformKeys");
        return this;
    }

    @JsonProperty("accessStartDate")
    public TaskInput setAccessStartDate(OffsetDateTime value) {
        accessStartDate = value;
        present.add("accessStartDate");
        return this;
    }

    @JsonProperty("accessEndDate")
    public TaskInput setAccessEndDate(OffsetDateTime value) {
        accessEndDate = value;
        present.add("accessEndDate");
        return this;
    }

    @JsonProperty("maxAttempts")
    public TaskInput setMaxAttempts(Integer value) {
        maxAttempts = value;
        present.add("maxAttempts");
        return this;
    }

    @JsonProperty("runtime")
    public TaskInput setRuntime(String value) {
        runtime = value;
        present.add("runtime");
        return this;
    }

    @JsonProperty("visibleTestCommand")
    public TaskInput setVisibleTestCommand(String value) {
        visibleTestCommand = value;
        present.add("visibleTestCommand");
        return this;
    }

    @JsonProperty("hiddenTestRunner")
    public TaskInput setHiddenTestRunner(String value) {
        hiddenTestRunner = value;
        present.add("hiddenTestRunner");
        return this;
    }

    @JsonProperty("evaluationConfig")
    public TaskInput setEvaluationConfig(EvaluationConfigInput value) {
        evaluationConfig = value;
        present.add("evaluationConfig");
        return this;
    }
}

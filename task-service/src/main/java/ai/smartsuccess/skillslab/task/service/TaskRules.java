package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.text.UntrustedText;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules of a task's own fields, for creating and for updating one. */
final class TaskRules {

    static final Set<String> TASK_TYPES = Set.copyOf(DefaultEvaluation.taskTypes());
    static final Set<String> DIFFICULTIES = Set.of("basic", "intermediate", "advanced");
    /** Which hidden-test runner goes with which runtime. */
    static final Map<String, Set<String>> RUNNERS =
            Map.of("python", Set.of("python-unittest", "none"), "node", Set.of("node-test", "none"));

    static final int MIN_TITLE = 3;
    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 100_000;
    static final int MIN_MINUTES = 30;
    static final int MAX_MINUTES = 480;
    static final int MAX_COMMAND = 500;

    /** A new task from a validated input; what the input leaves out takes the product's defaults. */
    static Task newTask(TaskInput input, String creatorId, OffsetDateTime now) {
        validate(input, null);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.creatorId = creatorId;
        task.difficulty = "intermediate";
        task.timeLimitMinutes = 120;
        task.isDefault = false;
        task.isPublic = false;
        task.isActive = true;
        task.usesPlatformKeys = true;
        task.maxAttempts = 1;
        task.runtime = "python";
        task.hiddenTestRunner = "none";
        task.status = TaskStatus.DRAFT;
        task.createdAt = now;
        apply(input, task);
        task.updatedAt = now;
        return task;
    }

    /** Checks the fields present in the input; {@code current} is null for a new task. */
    static void validate(TaskInput in, Task current) {
        List<FieldError> errors = new ArrayList<>();
        boolean creating = current == null;
        for (String required : List.of("title", "description", "taskType")) {
            if (creating && !in.has(required)) {
                errors.add(new FieldError(required, "is required"));
            }
        }
        if (in.has("title")) {
            String title = in.title() == null ? null : in.title().strip();
            if (title == null || title.length() < MIN_TITLE || title.length() > MAX_TITLE) {
                errors.add(new FieldError(
                        "title", "must be " + MIN_TITLE + " to " + MAX_TITLE + " characters (leading spaces ignored)"));
            }
            // A title is shown to candidates and put in invitation emails: one line, reading as it is stored.
            UntrustedText.singleLineProblem(title).ifPresent(problem -> errors.add(new FieldError("title", problem)));
        }
        if (in.has("description")) {
            if (in.description() == null || in.description().isBlank()) {
                errors.add(new FieldError("description", "is required"));
            } else if (in.description().length() > MAX_DESCRIPTION) {
                errors.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
            }
        }
        if (in.has("taskType") && (in.taskType() == null || !TASK_TYPES.contains(in.taskType()))) {
            errors.add(new FieldError("taskType", "must be one of " + sorted(TASK_TYPES)));
        }
        if (in.has("difficulty") && (in.difficulty() == null || !DIFFICULTIES.contains(in.difficulty()))) {
            errors.add(new FieldError("difficulty", "must be one of basic, intermediate, advanced"));
        }
        if (in.has("timeLimitMinutes")
                && (in.timeLimitMinutes() == null
                        || in.timeLimitMinutes() < MIN_MINUTES
                        || in.timeLimitMinutes() > MAX_MINUTES)) {
            errors.add(new FieldError("timeLimitMinutes", "must be from " + MIN_MINUTES + " to " + MAX_MINUTES));
        }
        for (String flag : List.of("isPublic", "isActive", "usesPlatformKeys")) {
            if (in.has(flag) && flagValue(in, flag) == null) {
                errors.add(new FieldError(flag, "must be true or false"));
            }
        }
        if (in.has("maxAttempts") && in.maxAttempts() != null && in.maxAttempts() < 1) {
            errors.add(new FieldError("maxAttempts", "must be at least 1, or null for no limit"));
        }
        if (in.has("runtime") && (in.runtime() == null || !RUNNERS.containsKey(in.runtime()))) {
            errors.add(new FieldError("runtime", "must be python or node"));
        }
        if (in.has("hiddenTestRunner")
                && (in.hiddenTestRunner() == null
                        || !Set.of("python-unittest", "node-test", "none").contains(in.hiddenTestRunner()))) {
            errors.add(new FieldError("hiddenTestRunner", "must be python-unittest, node-test or none"));
        }
        if (in.has("visibleTestCommand") && in.visibleTestCommand() != null) {
            String command = in.visibleTestCommand();
            if (command.isBlank()
                    || command.length() > MAX_COMMAND
                    || command.chars().anyMatch(c -> c < 0x20)) {
                errors.add(new FieldError(
                        "visibleTestCommand",
                        "must be one line of at most " + MAX_COMMAND + " characters, or null for none"));
            }
        }
        if (errors.isEmpty()) {
            crossChecks(in, current, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The task is invalid", errors);
        }
    }

    /** Rules between fields, on the values the task will have once the input is applied. */
    private static void crossChecks(TaskInput in, Task current, List<FieldError> errors) {
        OffsetDateTime start =
                in.has("accessStartDate") ? in.accessStartDate() : (current == null ? null : current.accessStartDate);
        OffsetDateTime end =
                in.has("accessEndDate") ? in.accessEndDate() : (current == null ? null : current.accessEndDate);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("accessEndDate", "must be after accessStartDate"));
        }
        String runtime = in.has("runtime") ? in.runtime() : (current == null ? "python" : current.runtime);
        String runner = in.has("hiddenTestRunner")
                ? in.hiddenTestRunner()
                : (current == null ? "none" : current.hiddenTestRunner);
        if (!RUNNERS.get(runtime).contains(runner)) {
            errors.add(new FieldError(
                    "hiddenTestRunner",
                    "does not fit runtime " + runtime + " (python-unittest for python, node-test for node)"));
        }
    }

    /**
     * What a task must have before it is published: a title and a description (the wizard saves drafts as it goes, so
     * a draft is checked again here, not only field by field).
     */
    static void checkPublishable(Task task) {
        List<FieldError> missing = new ArrayList<>();
        if (task.title == null || task.title.strip().length() < MIN_TITLE) {
            missing.add(new FieldError("title", "is required before publishing"));
        }
        if (task.description == null || task.description.isBlank()) {
            missing.add(new FieldError("description", "is required before publishing"));
        }
        if (!missing.isEmpty()) {
            throw new NotPublishableException(missing);
        }
    }

    /** Copies the fields present in a validated input onto the task. */
    static void apply(TaskInput in, Task task) {
        if (in.has("title")) task.title = in.title().strip();
        if (in.has("description")) task.description = in.description();
        if (in.has("taskType")) task.taskType = in.taskType();
        if (in.has("difficulty")) task.difficulty = in.difficulty();
        if (in.has("timeLimitMinutes")) task.timeLimitMinutes = in.timeLimitMinutes();
        if (in.has("isPublic")) task.isPublic = in.isPublic();
        if (in.has("isActive")) task.isActive = in.isActive();
        if (in.has("usesPlatformKeys")) task.usesPlatformKeys = in.usesPlatformKeys();
        if (in.has("accessStartDate")) task.accessStartDate = in.accessStartDate();
        if (in.has("accessEndDate")) task.accessEndDate = in.accessEndDate();
        if (in.has("maxAttempts")) task.maxAttempts = in.maxAttempts();
        if (in.has("runtime")) task.runtime = in.runtime();
        if (in.has("visibleTestCommand")) task.visibleTestCommand = in.visibleTestCommand();
        if (in.has("hiddenTestRunner")) task.hiddenTestRunner = in.hiddenTestRunner();
    }

    private static Boolean flagValue(TaskInput in, String flag) {
        return switch (flag) {
            case "isPublic" -> in.isPublic();
            case "isActive" -> in.isActive();
            default -> in.usesPlatformKeys();
        };
    }

    static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }

    private TaskRules() {}
}

package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.repository.EvaluationConfigRepository;
import ai.smartsuccess.skillslab.task.repository.TaskFileRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository.TaskQuery;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskDetailView;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskPage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reading tasks, with the visibility rules of the product: who may see which task. */
@ApplicationScoped
public class TaskService {

    static final Set<String> TASK_TYPES =
            Set.of("code_generation", "refactoring", "bug_fix", "system_design", "multi_agent", "open_ended");
    static final Set<String> DIFFICULTIES = Set.of("basic", "intermediate", "advanced");
    static final int MAX_PAGE_SIZE = 100;

    private final TaskRepository tasks;
    private final TaskFileRepository files;
    private final EvaluationConfigRepository configs;

    TaskService(TaskRepository tasks, TaskFileRepository files, EvaluationConfigRepository configs) {
        this.tasks = tasks;
        this.files = files;
        this.configs = configs;
    }

    @WithSession
    public Uni<TaskPage> list(Caller caller, TaskQuery query, int limit, int offset) {
        validateListQuery(query, limit, offset);
        return tasks.countVisible(query, caller.subject())
                .flatMap(total -> tasks.listVisible(query, caller.subject(), offset, limit)
                        .map(page -> new TaskPage(
                                page.stream().map(TaskMapper::toView).toList(), total, offset + page.size() < total)));
    }

    @WithSession
    public Uni<TaskDetailView> get(Caller caller, UUID id) {
        return findVisible(caller, id)
                .flatMap(task -> files.listByTask(id, TaskFile.STARTER)
                        .flatMap(starter -> configs.findById(id)
                                .map(config -> new TaskDetailView(
                                        TaskMapper.toView(task),
                                        starter.stream().map(TaskMapper::toView).toList(),
                                        TaskMapper.toView(config)))));
    }

    /** The task if the caller may see it; otherwise the same answer as for a task that does not exist. */
    Uni<Task> findVisible(Caller caller, UUID id) {
        return tasks.findById(id).map(task -> {
            if (task == null || !canAccess(caller, task)) {
                throw new NotFoundException("Task " + id + " was not found");
            }
            return task;
        });
    }

    static boolean canAccess(Caller caller, Task task) {
        if (caller.isAdmin() || caller.subject().equals(task.creatorId)) {
            return true;
        }
        return task.archivedAt == null && (task.isDefault || task.isPublic);
    }

    private static void validateListQuery(TaskQuery query, int limit, int offset) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (query.taskType() != null && !TASK_TYPES.contains(query.taskType())) {
            errors.add(new InvalidInputException.FieldError(
                    "type", "must be one of " + String.join(", ", sorted(TASK_TYPES))));
        }
        if (query.difficulty() != null && !DIFFICULTIES.contains(query.difficulty())) {
            errors.add(
                    new InvalidInputException.FieldError("difficulty", "must be one of basic, intermediate, advanced"));
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            errors.add(new InvalidInputException.FieldError("limit", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (offset < 0) {
            errors.add(new InvalidInputException.FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The task query is invalid", errors);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}

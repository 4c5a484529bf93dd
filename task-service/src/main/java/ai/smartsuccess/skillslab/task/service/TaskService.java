package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.audit.AuditRelay;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigEntity;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.model.TaskStatus;
import ai.smartsuccess.skillslab.task.repository.EvaluationConfigRepository;
import ai.smartsuccess.skillslab.task.repository.TaskFileRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository.TaskQuery;
import ai.smartsuccess.skillslab.task.repository.TaskRepository.Viewer;
import ai.smartsuccess.skillslab.task.service.TaskViews.DeleteOutcome;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskDetailView;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskPage;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The task catalogue and its management: who sees which task, and creating, changing, copying and deleting one. */
@ApplicationScoped
public class TaskService {

    private static final Logger LOG = Logger.getLogger(TaskService.class);
    static final int MAX_PAGE_SIZE = 100;

    private final TaskRepository tasks;
    private final TaskFileRepository files;
    private final EvaluationConfigRepository configs;
    private final TaskAccess access;
    private final AssessmentCounts assessments;
    private final TaskFileStorage storage;
    private final PlanLimits limits;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRelay auditRelay;

    TaskService(
            TaskRepository tasks,
            TaskFileRepository files,
            EvaluationConfigRepository configs,
            TaskAccess access,
            AssessmentCounts assessments,
            TaskFileStorage storage,
            PlanLimits limits) {
        this.tasks = tasks;
        this.files = files;
        this.configs = configs;
        this.access = access;
        this.assessments = assessments;
        this.storage = storage;
        this.limits = limits;
    }

    @WithSession
    public Uni<TaskPage> list(Caller caller, TaskQuery query, int limit, int offset) {
        validateListQuery(query, limit, offset);
        Viewer viewer = new Viewer(caller.subject(), caller.isAdmin(), now());
        return tasks.countVisible(query, viewer)
                .flatMap(total -> tasks.listVisible(query, viewer, offset, limit)
                        .map(page -> new TaskPage(
                                page.stream().map(TaskMapper::toView).toList(), total, offset + page.size() < total)));
    }

    @WithSession
    public Uni<TaskDetailView> get(Caller caller, UUID id) {
        return access.findVisible(caller, id).flatMap(task -> detail(task, TaskAccess.seesEverything(caller, task)));
    }

    /** For other services: any task, whoever may see it, with its starter files. */
    @WithSession
    public Uni<TaskDetailView> getForService(UUID id) {
        return tasks.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> TaskAccess.notFound(id))
                .flatMap(task -> detail(task, false));
    }

    @WithTransaction
    public Uni<TaskDetailView> create(Caller caller, TaskInput input) {
        return Uni.createFrom()
                .item(() -> validNewTask(caller, input))
                .call(() -> limits.checkNewTask(caller))
                .flatMap(valid -> tasks.persist(valid.task())
                        .flatMap(task -> configs.persist(configEntity(task.id, valid.config(), task.createdAt)))
                        .map(ignored ->
                                new TaskDetailView(TaskMapper.toView(valid.task()), List.of(), valid.config())));
    }

    @WithTransaction
    public Uni<TaskDetailView> update(Caller caller, UUID id, TaskInput input) {
        return access.findOwned(caller, id).flatMap(task -> {
            if (task.archivedAt != null) {
                throw new ConflictException("The task is archived and can no longer be changed.");
            }
            return configs.findById(id).flatMap(stored -> {
                EvaluationConfigDocument current =
                        stored != null ? stored.config : EvaluationRules.defaultFor(task.taskType);
                EvaluationConfigDocument config = validate(input, task, current);
                OffsetDateTime now = now();
                TaskRules.apply(input, task);
                task.updatedAt = now;
                Uni<?> saved;
                if (stored == null) {
                    saved = configs.persist(configEntity(id, config, now));
                } else {
                    stored.config = config;
                    stored.updatedAt = now;
                    saved = Uni.createFrom().voidItem();
                }
                return saved.flatMap(ignored -> detail(task, true));
            });
        });
    }

    /**
     * Publishes the caller's task (draft → published), optionally setting whether it is public. Publishing a published
     * task again only applies {@code isPublic}; its publication time stays the first one.
     */
    @WithTransaction
    public Uni<TaskDetailView> publish(Caller caller, UUID id, PublishInput input) {
        return Uni.createFrom()
                .item(() -> publicFlag(input))
                .flatMap(isPublic -> access.findAsCreator(caller, id).flatMap(task -> {
                    if (task.archivedAt != null) {
                        throw new ConflictException("The task is archived and can no longer be published.");
                    }
                    TaskRules.checkPublishable(task);
                    Uni<Void> allowed = task.isDraft()
                            ? limits.checkPublish(caller, task.creatorId)
                            : Uni.createFrom().voidItem();
                    boolean wasDraft = task.isDraft();
                    return allowed.flatMap(ignored -> {
                        OffsetDateTime now = now();
                        if (isPublic.isPresent() && isPublic.get() != task.isPublic) {
                            task.isPublic = isPublic.get();
                            task.updatedAt = now;
                        }
                        task.publish(now);
                        Uni<Void> audited = wasDraft
                                ? auditRelay.add(audit.success(
                                        "task.published",
                                        "task",
                                        task.id,
                                        Map.of("isPublic", Boolean.toString(task.isPublic))))
                                : Uni.createFrom().voidItem();
                        return audited.flatMap(ignored2 -> detail(task, true));
                    });
                }))
                .invoke(auditRelay::kick);
    }

    private static Optional<Boolean> publicFlag(PublishInput input) {
        if (input == null || !input.hasIsPublic()) {
            return Optional.empty();
        }
        if (input.isPublic() == null) {
            throw TaskPaths.invalid("isPublic", "must be true or false (leave it out to keep the current one)");
        }
        return Optional.of(input.isPublic());
    }

    /**
     * Deletes the task, or archives it when assessments refer to it (they keep their task; the catalogue no longer
     * shows it). The assessments are those assessment-service announced ({@link AssessmentCounts}).
     */
    public Uni<DeleteOutcome> delete(Caller caller, UUID id) {
        AuditRecorded deleted = audit.success("task.deleted", "task", id, Map.of());
        return Panache.withSession(() -> access.findOwned(caller, id).flatMap(task -> assessments.of(id)))
                .flatMap(count -> count == 0 ? remove(id, deleted) : archive(id, deleted))
                .invoke(auditRelay::kick);
    }

    /**
     * A private draft copy of a task the caller can see, owned by the caller. Hidden tests are copied only from the caller's
     * own tasks, so copying a default or public task never reveals its hidden suite.
     */
    public Uni<TaskDetailView> duplicate(Caller caller, UUID id) {
        return Panache.withSession(() -> access.findVisible(caller, id).flatMap(source -> {
                    boolean withHidden = TaskAccess.isOwner(caller, source);
                    Uni<List<TaskFile>> sourceFiles =
                            withHidden ? files.listByTask(id) : files.listByTask(id, TaskFile.STARTER);
                    return sourceFiles.flatMap(list ->
                            configs.findById(id).map(config -> copyOf(caller, source, list, config, withHidden)));
                }))
                .flatMap(copy -> copyObjects(copy.files(), copy.objectSources())
                        .flatMap(ignored -> Panache.withTransaction(() -> limits.checkNewTask(caller)
                                        .chain(() -> tasks.persist(copy.task()))
                                        .flatMap(task ->
                                                configs.persist(configEntity(task.id, copy.config(), task.createdAt)))
                                        .flatMap(ignored2 -> files.persist(copy.files()))
                                        .map(ignored3 -> new TaskDetailView(
                                                TaskMapper.toView(copy.task()),
                                                copy.files().stream()
                                                        .map(TaskMapper::toView)
                                                        .toList(),
                                                copy.config())))
                                .onFailure()
                                .call(() -> deleteObjects(copy.files().stream()
                                        .map(f -> f.objectKey)
                                        .toList()))));
    }

    private Uni<DeleteOutcome> archive(UUID id, AuditRecorded deleted) {
        return Panache.withTransaction(() -> tasks.findById(id)
                .map(task -> {
                    if (task.archivedAt == null) {
                        task.archivedAt = now();
                        task.updatedAt = task.archivedAt;
                    }
                    return DeleteOutcome.ARCHIVED;
                })
                .call(() -> auditRelay.add(deleted.withDetails(Map.of("outcome", "archived")))));
    }

    private Uni<DeleteOutcome> remove(UUID id, AuditRecorded deleted) {
        return Panache.withTransaction(() -> files.listByTask(id)
                        .flatMap(list -> tasks.delete("id", id)
                                .replaceWith(list.stream().map(f -> f.objectKey).toList()))
                        .call(() -> auditRelay.add(deleted.withDetails(Map.of("outcome", "deleted")))))
                .flatMap(keys -> deleteObjects(keys).replaceWith(DeleteOutcome.DELETED));
    }

    /** Objects whose rows are gone; a failure leaves an orphan object, never a row without its object. */
    private Uni<Void> deleteObjects(List<String> keys) {
        return Multi.createFrom()
                .iterable(keys)
                .onItem()
                .transformToUniAndConcatenate(key -> storage.delete(key)
                        .onFailure()
                        .recoverWithItem(failure -> {
                            LOG.warnf("could not delete task file object %s: %s", key, failure.toString());
                            return null;
                        }))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    private Uni<Void> copyObjects(List<TaskFile> copies, List<String> sources) {
        List<String> done = new ArrayList<>();
        return Multi.createFrom()
                .range(0, copies.size())
                .onItem()
                .transformToUniAndConcatenate(i -> storage.copy(sources.get(i), copies.get(i).objectKey)
                        .invoke(() -> done.add(copies.get(i).objectKey)))
                .collect()
                .asList()
                .replaceWithVoid()
                .onFailure()
                .call(() -> deleteObjects(done));
    }

    private Uni<TaskDetailView> detail(Task task, boolean withHidden) {
        Uni<List<TaskFile>> taskFiles =
                withHidden ? files.listByTask(task.id) : files.listByTask(task.id, TaskFile.STARTER);
        return taskFiles.flatMap(list -> configs.findById(task.id)
                .map(config -> new TaskDetailView(
                        TaskMapper.toView(task),
                        list.stream().map(TaskMapper::toView).toList(),
                        TaskMapper.toView(config))));
    }

    private record NewTask(Task task, EvaluationConfigDocument config) {}

    private NewTask validNewTask(Caller caller, TaskInput input) {
        String type = input.taskType() != null && TaskRules.TASK_TYPES.contains(input.taskType())
                ? input.taskType()
                : "code_generation";
        EvaluationConfigDocument config = validate(input, null, EvaluationRules.defaultFor(type));
        return new NewTask(TaskRules.newTask(input, caller.subject(), now()), config);
    }

    /** Checks the task's fields and its evaluation config together, so that one answer names every bad field. */
    private static EvaluationConfigDocument validate(TaskInput input, Task current, EvaluationConfigDocument base) {
        List<FieldError> errors = new ArrayList<>();
        try {
            TaskRules.validate(input, current);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        EvaluationConfigDocument config = base;
        if (input.has("evaluationConfig")) {
            if (input.evaluationConfig() == null) {
                errors.add(
                        new FieldError("evaluationConfig", "must be an object (leave it out to keep the current one)"));
            } else {
                try {
                    config = EvaluationConfigValidator.resolve(input.evaluationConfig(), base);
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The task is invalid", errors);
        }
        return config;
    }

    private record Copy(Task task, EvaluationConfigDocument config, List<TaskFile> files, List<String> objectSources) {}

    private static Copy copyOf(
            Caller caller, Task source, List<TaskFile> sourceFiles, EvaluationConfigEntity config, boolean withHidden) {
        OffsetDateTime now = now();
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.creatorId = caller.subject();
        String title = "Copy of " + source.title;
        task.title = title.length() > TaskRules.MAX_TITLE ? title.substring(0, TaskRules.MAX_TITLE) : title;
        task.description = source.description;
        task.taskType = source.taskType;
        task.difficulty = source.difficulty;
        task.timeLimitMinutes = source.timeLimitMinutes;
        task.isDefault = false;
        task.isPublic = false;
        task.isActive = true;
        task.usesPlatformKeys = source.usesPlatformKeys;
        task.maxAttempts = source.isDefault ? Integer.valueOf(1) : source.maxAttempts;
        task.accessStartDate = source.accessStartDate;
        task.accessEndDate = source.accessEndDate;
        task.runtime = source.runtime;
        task.visibleTestCommand = source.visibleTestCommand;
        task.hiddenTestRunner = withHidden ? source.hiddenTestRunner : "none";
        task.status = TaskStatus.DRAFT;
        task.createdAt = now;
        task.updatedAt = now;
        List<TaskFile> copies = new ArrayList<>();
        List<String> objectSources = new ArrayList<>();
        for (TaskFile file : sourceFiles) {
            TaskFile copy = new TaskFile();
            copy.id = UUID.randomUUID();
            copy.taskId = task.id;
            copy.path = file.path;
            copy.visibility = file.visibility;
            copy.fileType = file.fileType;
            copy.mimeType = file.mimeType;
            copy.sizeBytes = file.sizeBytes;
            copy.sha256 = file.sha256;
            copy.objectKey = TaskFileService.objectKey(task.id, copy.id);
            copy.createdAt = now;
            copies.add(copy);
            objectSources.add(file.objectKey);
        }
        EvaluationConfigDocument document =
                config != null ? config.config : EvaluationRules.defaultFor(source.taskType);
        return new Copy(task, document, copies, objectSources);
    }

    private static EvaluationConfigEntity configEntity(
            UUID taskId, EvaluationConfigDocument config, OffsetDateTime now) {
        EvaluationConfigEntity entity = new EvaluationConfigEntity();
        entity.taskId = taskId;
        entity.config = config;
        entity.createdAt = now;
        entity.updatedAt = now;
        return entity;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void validateListQuery(TaskQuery query, int limit, int offset) {
        List<FieldError> errors = new ArrayList<>();
        if (query.taskType() != null && !TaskRules.TASK_TYPES.contains(query.taskType())) {
            errors.add(new FieldError("type", "must be one of " + TaskRules.sorted(TaskRules.TASK_TYPES)));
        }
        if (query.difficulty() != null && !TaskRules.DIFFICULTIES.contains(query.difficulty())) {
            errors.add(new FieldError("difficulty", "must be one of basic, intermediate, advanced"));
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (offset < 0) {
            errors.add(new FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The task query is invalid", errors);
        }
    }
}

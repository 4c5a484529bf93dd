package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.task.config.TaskConfig;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.repository.TaskFileRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import ai.smartsuccess.skillslab.task.service.FileRejectedException.Reason;
import ai.smartsuccess.skillslab.task.service.TaskViews.FileContent;
import ai.smartsuccess.skillslab.task.service.TaskViews.StoredFile;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskFileList;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A task's files: the creator uploads and deletes them; whoever sees the task reads its starter files; hidden test
 * files are read only by the creator and admins (and by services through the bundle). Bytes go to object storage
 * first and the row second, so a failure never leaves a row without its object.
 */
@ApplicationScoped
public class TaskFileService {

    private static final Logger LOG = Logger.getLogger(TaskFileService.class);

    private final TaskRepository tasks;
    private final TaskFileRepository files;
    private final TaskAccess access;
    private final TaskFileStorage storage;
    private final TaskConfig.Tasks limits;

    TaskFileService(
            TaskRepository tasks,
            TaskFileRepository files,
            TaskAccess access,
            TaskFileStorage storage,
            TaskConfig config) {
        this.tasks = tasks;
        this.files = files;
        this.access = access;
        this.storage = storage;
        this.limits = config.tasks();
    }

    /** A file as the HTTP layer received it: {@code content} is the temporary file it was buffered to. */
    public record Upload(String path, String visibility, String fileName, Path content, long size) {}

    static String objectKey(UUID taskId, UUID fileId) {
        return "tasks/" + taskId + "/" + fileId;
    }

    @WithSession
    public Uni<TaskFileList> list(Caller caller, UUID taskId) {
        return access.findVisible(caller, taskId).flatMap(task -> {
            boolean all = TaskAccess.seesEverything(caller, task);
            return (all ? files.listByTask(taskId) : files.listByTask(taskId, TaskFile.STARTER))
                    .map(list -> new TaskFileList(
                            list.stream().map(TaskMapper::toView).toList(),
                            list.stream().mapToLong(f -> f.sizeBytes).sum(),
                            limits.maxFileBytes(),
                            limits.maxTaskBytes()));
        });
    }

    /** Stores a file at its path, replacing the file already there. */
    public Uni<StoredFile> upload(Caller caller, UUID taskId, Upload upload) {
        return Uni.createFrom()
                .item(() -> checkUpload(upload))
                .flatMap(path -> Panache.withSession(() -> access.findOwned(caller, taskId))
                        .invoke(TaskFileService::requireChangeable)
                        .flatMap(ignored -> storage.readUpload(upload.content()))
                        .flatMap(bytes -> store(taskId, path, upload.visibility(), bytes)));
    }

    public Uni<FileContent> download(Caller caller, UUID taskId, UUID fileId) {
        return Panache.withSession(() -> access.findVisible(caller, taskId)
                        .flatMap(task -> files.findInTask(taskId, fileId).map(file -> {
                            if (file == null
                                    || (TaskFile.HIDDEN.equals(file.visibility)
                                            && !TaskAccess.seesEverything(caller, task))) {
                                throw new NotFoundException("File " + fileId + " was not found");
                            }
                            return file;
                        })))
                .flatMap(file ->
                        storage.get(file.objectKey).map(bytes -> new FileContent(file.path, file.mimeType, bytes)));
    }

    public Uni<Void> delete(Caller caller, UUID taskId, UUID fileId) {
        return Panache.withTransaction(() -> access.findOwned(caller, taskId)
                        .invoke(TaskFileService::requireChangeable)
                        .flatMap(task -> files.findInTask(taskId, fileId))
                        .flatMap(file -> {
                            if (file == null) {
                                throw new NotFoundException("File " + fileId + " was not found");
                            }
                            String key = file.objectKey;
                            return files.delete(file).replaceWith(key);
                        }))
                .flatMap(this::deleteObject);
    }

    private String checkUpload(Upload upload) {
        if (upload.content() == null) {
            throw TaskPaths.invalid("file", "is required: send the file as multipart field 'file'");
        }
        String visibility = upload.visibility() == null ? TaskFile.STARTER : upload.visibility();
        if (!TaskFile.STARTER.equals(visibility) && !TaskFile.HIDDEN.equals(visibility)) {
            throw TaskPaths.invalid("visibility", "must be starter or hidden");
        }
        String path = TaskPaths.normalize("path", upload.path() != null ? upload.path() : upload.fileName());
        TaskPaths.checkVisibility("path", path, visibility);
        if (!FileKinds.allowed(path)) {
            throw new FileRejectedException(
                    Reason.UNSUPPORTED_TYPE,
                    "path",
                    "Only text, source code and data files can be task files (" + FileKinds.allowedList() + ").");
        }
        if (upload.size() > limits.maxFileBytes()) {
            throw new FileRejectedException(
                    Reason.TOO_LARGE, "file", "A task file may be at most " + limits.maxFileBytes() + " bytes.");
        }
        return path;
    }

    private Uni<StoredFile> store(UUID taskId, String path, String visibility, byte[] bytes) {
        String kind = visibility == null ? TaskFile.STARTER : visibility;
        if (bytes.length > limits.maxFileBytes()) {
            throw new FileRejectedException(
                    Reason.TOO_LARGE, "file", "A task file may be at most " + limits.maxFileBytes() + " bytes.");
        }
        if (!FileKinds.isText(bytes)) {
            throw new FileRejectedException(
                    Reason.UNSUPPORTED_TYPE, "file", "The file is not UTF-8 text; binaries cannot be task files.");
        }
        UUID fileId = UUID.randomUUID();
        String key = objectKey(taskId, fileId);
        String mimeType = FileKinds.mimeType(path);
        return storage.put(key, bytes, mimeType)
                .flatMap(ignored -> Panache.withTransaction(() -> tasks.findForUpdate(taskId)
                                .invoke(TaskFileService::requireChangeable)
                                .flatMap(task -> files.findByPath(taskId, kind, path))
                                .flatMap(existing -> files.totalBytes(taskId)
                                        .flatMap(total -> files.countByTask(taskId)
                                                .flatMap(count -> {
                                                    long others = total - (existing == null ? 0 : existing.sizeBytes);
                                                    if (others + bytes.length > limits.maxTaskBytes()) {
                                                        throw new FileRejectedException(
                                                                Reason.TOO_LARGE,
                                                                "file",
                                                                "A task's files may total at most "
                                                                        + limits.maxTaskBytes() + " bytes ("
                                                                        + others + " used).");
                                                    }
                                                    if (existing == null && count >= limits.maxFiles()) {
                                                        throw new FileRejectedException(
                                                                Reason.TOO_LARGE,
                                                                "file",
                                                                "A task may have at most " + limits.maxFiles()
                                                                        + " files.");
                                                    }
                                                    TaskFile row = existing != null ? existing : new TaskFile();
                                                    String previousKey = existing != null ? existing.objectKey : null;
                                                    if (existing == null) {
                                                        row.id = fileId;
                                                        row.taskId = taskId;
                                                        row.path = path;
                                                        row.visibility = kind;
                                                        row.createdAt = TaskService.now();
                                                    }
                                                    row.fileType = FileKinds.fileType(path);
                                                    row.mimeType = mimeType;
                                                    row.sizeBytes = bytes.length;
                                                    row.sha256 = DefaultTaskFilesSeeder.sha256(bytes);
                                                    row.objectKey = key;
                                                    return files.persist(row)
                                                            .map(saved -> new Stored(saved, previousKey));
                                                }))))
                        .onFailure()
                        .call(() -> deleteObject(key)))
                .call(stored ->
                        stored.previousKey() == null ? Uni.createFrom().voidItem() : deleteObject(stored.previousKey()))
                .map(stored -> new StoredFile(TaskMapper.toView(stored.file()), stored.previousKey() != null));
    }

    private record Stored(TaskFile file, String previousKey) {}

    private Uni<Void> deleteObject(String key) {
        return storage.delete(key).onFailure().recoverWithItem(failure -> {
            LOG.warnf("could not delete task file object %s: %s", key, failure.toString());
            return null;
        });
    }

    private static void requireChangeable(Task task) {
        if (task == null) {
            throw new NotFoundException("The task was not found");
        }
        if (task.archivedAt != null) {
            throw new ConflictException("The task is archived and can no longer be changed.");
        }
    }
}

package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.repository.TaskFileRepository;
import ai.smartsuccess.skillslab.task.repository.TaskRepository;
import ai.smartsuccess.skillslab.task.service.TaskViews.BundleFile;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskBundle;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Assembles the files a sandbox needs for a task. Only other services (role {@code service}) may ask for it. */
@ApplicationScoped
public class TaskBundleService {

    private final TaskRepository tasks;
    private final TaskFileRepository files;
    private final TaskFileStorage storage;

    TaskBundleService(TaskRepository tasks, TaskFileRepository files, TaskFileStorage storage) {
        this.tasks = tasks;
        this.files = files;
        this.storage = storage;
    }

    @WithSession
    public Uni<TaskBundle> bundle(UUID taskId) {
        return tasks.findById(taskId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Task " + taskId + " was not found"))
                .flatMap(task -> files.listByTask(taskId).flatMap(all -> {
                    List<TaskFile> starter = all.stream()
                            .filter(f -> TaskFile.STARTER.equals(f.visibility))
                            .toList();
                    List<TaskFile> hidden = all.stream()
                            .filter(f -> TaskFile.HIDDEN.equals(f.visibility))
                            .toList();
                    return load(starter)
                            .flatMap(starterFiles -> load(hidden)
                                    .map(hiddenFiles -> new TaskBundle(
                                            task.id,
                                            task.runtime,
                                            task.visibleTestCommand,
                                            task.hiddenTestRunner,
                                            starterFiles,
                                            hiddenFiles)));
                }));
    }

    private Uni<List<BundleFile>> load(List<TaskFile> taskFiles) {
        if (taskFiles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom()
                .iterable(taskFiles)
                .onItem()
                .transformToUniAndConcatenate(file -> storage.get(file.objectKey)
                        .map(bytes ->
                                new BundleFile(file.path, Base64.getEncoder().encodeToString(bytes))))
                .collect()
                .asList();
    }
}

package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigDocument;
import ai.smartsuccess.skillslab.task.model.EvaluationConfigEntity;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskFileView;
import ai.smartsuccess.skillslab.task.service.TaskViews.TaskView;

/** Entities to API views; entities never leave the service. */
final class TaskMapper {

    static TaskView toView(Task task) {
        return new TaskView(
                task.id,
                task.title,
                task.description,
                task.taskType,
                task.difficulty,
                task.timeLimitMinutes,
                task.isDefault,
                task.isPublic,
                task.isActive,
                task.usesPlatformKeys,
                task.maxAttempts,
                task.accessStartDate,
                task.accessEndDate,
                task.runtime,
                task.visibleTestCommand,
                task.hiddenTestRunner,
                task.creatorId,
                task.archivedAt,
                task.status.value(),
                task.publishedAt,
                task.createdAt,
                task.updatedAt);
    }

    static TaskFileView toView(TaskFile file) {
        return new TaskFileView(file.id, file.path, file.visibility, file.fileType, file.sizeBytes, file.mimeType);
    }

    static EvaluationConfigDocument toView(EvaluationConfigEntity config) {
        return config == null ? null : config.config;
    }

    private TaskMapper() {}
}

package ai.smartsuccess.skillslab.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "skillslab")
public interface TaskConfig {

    Storage storage();

    Tasks tasks();

    interface Storage {
        @WithDefault("task-files")
        String taskFilesBucket();
    }

    interface Tasks {
        /** Largest single task file accepted. */
        @WithDefault("5242880")
        long maxFileBytes();

        /** Largest total of a task's files. */
        @WithDefault("26214400")
        long maxTaskBytes();

        /** Most files one task may have. */
        @WithDefault("200")
        int maxFiles();
    }
}

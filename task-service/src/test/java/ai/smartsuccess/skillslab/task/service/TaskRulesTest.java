package ai.smartsuccess.skillslab.task.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.task.model.Task;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskRulesTest {

    static TaskInput valid() {
        return new TaskInput().setTitle("A task").setDescription("Do it.").setTaskType("bug_fix");
    }

    @ParameterizedTest(name = "{0} minutes valid={1}")
    @CsvSource({"29,false", "30,true", "120,true", "480,true", "481,false"})
    void time_limit_is_30_to_480_minutes(int minutes, boolean ok) {
        assertThat(errors(valid().setTimeLimitMinutes(minutes), null).isEmpty()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "title of {0} characters valid={1}")
    @CsvSource({"2,false", "3,true", "255,true", "256,false"})
    void title_is_3_to_255_characters(int length, boolean ok) {
        assertThat(errors(valid().setTitle("t".repeat(length)), null).isEmpty()).isEqualTo(ok);
        assertThat(errors(valid().setTitle("  " + "t".repeat(length) + "  "), null)
                        .isEmpty())
                .isEqualTo(ok);
    }

    @Test
    void a_new_task_needs_title_description_and_type() {
        assertThat(errors(new TaskInput(), null))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "description", "taskType");
    }

    @Test
    void an_update_checks_only_what_it_changes_against_the_current_task() {
        Task current = TaskRules.newTask(valid(), "owner", OffsetDateTime.now());
        assertThat(errors(new TaskInput().setDifficulty("advanced"), current)).isEmpty();
        current.accessStartDate = OffsetDateTime.parse("2030-01-10T00:00:00Z");
        assertThat(errors(new TaskInput().setAccessEndDate(OffsetDateTime.parse("2030-01-09T00:00:00Z")), current))
                .extracting(FieldError::field)
                .containsExactly("accessEndDate");
        assertThat(errors(new TaskInput().setRuntime("node"), current)).isEmpty();
        current.hiddenTestRunner = "python-unittest";
        assertThat(errors(new TaskInput().setRuntime("node"), current))
                .extracting(FieldError::field)
                .containsExactly("hiddenTestRunner");
    }

    @Test
    void enums_flags_attempts_and_commands() {
        assertThat(errors(
                        valid().setTaskType("poetry")
                                .setDifficulty("extreme")
                                .setIsPublic(null)
                                .setMaxAttempts(0)
                                .setRuntime("ruby")
                                .setVisibleTestCommand("make test\nrm -rf /"),
                        null))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "taskType", "difficulty", "isPublic", "maxAttempts", "runtime", "visibleTestCommand");
        assertThat(errors(valid().setMaxAttempts(null), null)).isEmpty();
        assertThat(errors(valid().setMaxAttempts(1), null)).isEmpty();
    }

    @Test
    void a_new_task_takes_the_product_defaults() {
        Task task = TaskRules.newTask(valid(), "owner", OffsetDateTime.now());
        assertThat(task.difficulty).isEqualTo("intermediate");
        assertThat(task.timeLimitMinutes).isEqualTo(120);
        assertThat(task.isPublic).isFalse();
        assertThat(task.isActive).isTrue();
        assertThat(task.usesPlatformKeys).isTrue();
        assertThat(task.maxAttempts).isEqualTo(1);
        assertThat(task.isDefault).isFalse();
        assertThat(TaskRules.newTask(valid().setMaxAttempts(null), "owner", OffsetDateTime.now()).maxAttempts)
                .isNull();
    }

    static List<FieldError> errors(TaskInput input, Task current) {
        try {
            TaskRules.validate(input, current);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    @Test
    void a_new_task_is_a_draft() {
        Task task = TaskRules.newTask(valid(), "owner", OffsetDateTime.now());
        assertThat(task.status).isEqualTo(ai.smartsuccess.skillslab.task.model.TaskStatus.DRAFT);
        assertThat(task.publishedAt).isNull();
    }

    @Test
    void publishing_needs_a_title_and_a_description() {
        Task task = TaskRules.newTask(valid(), "owner", OffsetDateTime.now());
        TaskRules.checkPublishable(task);
        task.title = " ";
        task.description = "\n ";
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                NotPublishableException.class, () -> TaskRules.checkPublishable(task))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("title", "description");
    }
}

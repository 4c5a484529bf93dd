package ai.smartsuccess.skillslab.task.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.task.model.Task;
import ai.smartsuccess.skillslab.task.model.TaskStatus;
import ai.smartsuccess.skillslab.task.service.TaskAccess.Decision;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskAccessTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2030-06-01T12:00:00Z");
    static final Caller OWNER = new Caller("owner", "o@x", Set.of("business"));
    static final Caller CANDIDATE = new Caller("candidate", "c@x", Set.of("individual"));
    static final Caller ADMIN = new Caller("admin", "a@x", Set.of("admin"));

    static Task task(boolean isPublic) {
        Task task = new Task();
        task.creatorId = "owner";
        task.status = TaskStatus.PUBLISHED;
        task.isPublic = isPublic;
        task.isActive = true;
        return task;
    }

    @Test
    void private_tasks_need_a_grant_public_and_default_ones_do_not() {
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, task(false), NOW)).isEqualTo(Decision.IF_GRANTED);
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, task(true), NOW)).isEqualTo(Decision.YES);
        Task defaultTask = task(false);
        defaultTask.creatorId = null;
        defaultTask.isDefault = true;
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, defaultTask, NOW)).isEqualTo(Decision.YES);
        assertThat(TaskAccess.seeWithoutGrant(OWNER, task(false), NOW)).isEqualTo(Decision.YES);
        assertThat(TaskAccess.seeWithoutGrant(ADMIN, task(false), NOW)).isEqualTo(Decision.YES);
    }

    @Test
    void inactive_archived_and_out_of_window_tasks_are_hidden_from_everyone_but_owner_and_admin() {
        Task inactive = task(true);
        inactive.isActive = false;
        Task archived = task(true);
        archived.archivedAt = NOW.minusDays(1);
        Task notYet = task(true);
        notYet.accessStartDate = NOW.plusSeconds(1);
        Task over = task(true);
        over.accessEndDate = NOW;
        Task open = task(true);
        open.accessStartDate = NOW;
        open.accessEndDate = NOW.plusSeconds(1);
        for (Task hidden : new Task[] {inactive, archived, notYet, over}) {
            assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, hidden, NOW)).isEqualTo(Decision.NO);
            assertThat(TaskAccess.seeWithoutGrant(OWNER, hidden, NOW)).isEqualTo(Decision.YES);
            assertThat(TaskAccess.seeWithoutGrant(ADMIN, hidden, NOW)).isEqualTo(Decision.YES);
        }
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, open, NOW)).isEqualTo(Decision.YES);
    }

    @Test
    void a_draft_is_seen_by_its_creator_and_admins_only_whatever_its_flags() {
        Task draft = task(true);
        draft.status = TaskStatus.DRAFT;
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, draft, NOW)).isEqualTo(Decision.NO);
        assertThat(TaskAccess.seeWithoutGrant(new Caller("other", "b@x", Set.of("business")), draft, NOW))
                .isEqualTo(Decision.NO);
        assertThat(TaskAccess.seeWithoutGrant(OWNER, draft, NOW)).isEqualTo(Decision.YES);
        assertThat(TaskAccess.seeWithoutGrant(ADMIN, draft, NOW)).isEqualTo(Decision.YES);
        draft.publish(NOW);
        assertThat(draft.publishedAt).isEqualTo(NOW);
        assertThat(TaskAccess.seeWithoutGrant(CANDIDATE, draft, NOW)).isEqualTo(Decision.YES);
        draft.publish(NOW.plusDays(1));
        assertThat(draft.publishedAt)
                .as("publishing again keeps the first time")
                .isEqualTo(NOW);
    }
}

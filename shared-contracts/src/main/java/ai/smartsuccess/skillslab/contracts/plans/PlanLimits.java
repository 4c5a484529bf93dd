package ai.smartsuccess.skillslab.contracts.plans;

import java.util.OptionalInt;

/**
 * What a plan allows a business account.
 *
 * @param activeTasks custom tasks that are not archived (drafts and published ones, active or deactivated)
 * @param invitationsPerMonth invitations sent per calendar month in UTC (resends do not count)
 * @param seats business accounts of the same company
 */
public record PlanLimits(int activeTasks, int invitationsPerMonth, int seats) {

    /** These limits with the values a service's configuration sets instead. */
    public PlanLimits withOverrides(OptionalInt activeTasks, OptionalInt invitationsPerMonth, OptionalInt seats) {
        return new PlanLimits(
                activeTasks.orElse(this.activeTasks),
                invitationsPerMonth.orElse(this.invitationsPerMonth),
                seats.orElse(this.seats));
    }
}

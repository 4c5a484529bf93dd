package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.platform.security.Caller;

/** Who reads an attempt and whether it may be given up: the rules the views and the abandon action share. */
final class AttemptRules {

    static final String CANDIDATE = "candidate";
    static final String BUSINESS = "business";
    static final String ADMIN = "admin";

    /** The owner, the creator of the task, or an admin may read an assessment; anyone else gets 404. */
    static boolean mayView(Caller caller, Assessment a) {
        return a.isOwnedBy(caller.subject()) || isTaskCreator(caller, a) || caller.isAdmin();
    }

    /** The caller's relation to an assessment they may view: the owner first, then the task's creator, then an admin. */
    static String viewer(Caller caller, Assessment a) {
        if (a.isOwnedBy(caller.subject())) {
            return CANDIDATE;
        }
        return isTaskCreator(caller, a) ? BUSINESS : ADMIN;
    }

    /**
     * The owner may abandon an attempt they have not started; an invited one only when the invitation allows retakes.
     *
     * @param invitation the attempt's invitation (null for practice, or when it is not known)
     */
    static boolean canAbandon(Caller caller, Assessment a, Invitation invitation) {
        return a.isOwnedBy(caller.subject()) && a.isAbandonable() && retakesAllowed(a, invitation);
    }

    static boolean retakesAllowed(Assessment a, Invitation invitation) {
        return !a.isInvited() || (invitation != null && invitation.allowRetakes);
    }

    private static boolean isTaskCreator(Caller caller, Assessment a) {
        return a.taskCreatorId != null && a.taskCreatorId.equals(caller.subject());
    }

    private AttemptRules() {}
}

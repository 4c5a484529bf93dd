package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Abandoned;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A candidate gives up an attempt they have not started: pending → abandoned. A practice attempt then no longer counts
 * against the task's attempt limit. An invited attempt may be abandoned only when the business allows retakes; it
 * counts, and the invitation lets go of it, so that accepting the invitation again (or creating an assessment with it)
 * makes the next attempt. Nothing was started, so there is no sandbox to destroy, no tracking and no event to publish.
 */
@ApplicationScoped
public class AbandonService {

    private final AssessmentRepository assessments;
    private final InvitationRepository invitations;

    AbandonService(AssessmentRepository assessments, InvitationRepository invitations) {
        this.assessments = assessments;
        this.invitations = invitations;
    }

    /** Owner only (anyone else: 404). Abandoning an abandoned attempt again answers the same. */
    public Uni<Abandoned> abandon(Caller caller, UUID id) {
        // The invitation is locked before the assessment, in the order accepting and submitting take them.
        return Panache.withTransaction(() -> assessments
                        .findById(id)
                        .flatMap(found -> {
                            if (found == null || !found.isOwnedBy(caller.subject())) {
                                return Uni.createFrom().<Invitation>failure(AssessmentService.notFound(id));
                            }
                            return found.isInvited()
                                    ? invitations.lock(found.invitationId)
                                    : Uni.createFrom().nullItem();
                        })
                        .flatMap(invitation -> assessments.lock(id).invoke(a -> abandon(a, invitation))))
                .map(a -> new Abandoned(a.id, a.status.value()));
    }

    private static void abandon(Assessment a, Invitation invitation) {
        if (a.is(AssessmentStatus.ABANDONED)) {
            return;
        }
        a.checkAbandonable();
        if (!AttemptRules.retakesAllowed(a, invitation)) {
            throw new ConflictException(
                    "retakes-not-allowed",
                    "The company that invited you does not allow retakes: this attempt cannot be abandoned.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        a.abandon(now);
        if (invitation != null) {
            invitation.releaseAttempt(a.id, now);
        }
    }
}

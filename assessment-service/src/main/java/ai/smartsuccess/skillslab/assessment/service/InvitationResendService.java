package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Link;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Resent;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a sender can do again with an invitation that is still waiting: email it again (InvitationResent, with the same
 * link, within limits) and copy its link. Sender only: anyone else gets 404.
 */
@ApplicationScoped
public class InvitationResendService {

    private final InvitationRepository invitations;
    private final InvitationLinks links;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    InvitationResendService(
            InvitationRepository invitations,
            InvitationLinks links,
            EventOutbox outbox,
            OutboxRelay relay,
            AssessmentConfig config) {
        this.invitations = invitations;
        this.links = links;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config;
    }

    /**
     * Emails the invitation again with its link; an invitation made before links were kept gets a fresh link (the old
     * one stops working). At most one email per interval (429 with Retry-After) and a limited number of resends (409).
     */
    public Uni<Resent> resend(Caller caller, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(() -> invitations.lock(id).flatMap(i -> {
                    checkWaiting(caller, id, i, now);
                    checkLimits(i, now);
                    String kept = links.recover(i);
                    String link = kept != null ? kept : links.issue(i);
                    i.resend(now);
                    return outbox.add(Topics.INVITATIONS, InvitationEvents.resent(i, link))
                            .replaceWith(new Resent(i.id, link, i.lastSentAt, i.resendCount));
                }))
                .invoke(relay::kick);
    }

    /** The link of a waiting invitation, to copy again; 409 when its token was never kept. */
    public Uni<Link> link(Caller caller, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> invitations.findById(id)).map(i -> {
            checkWaiting(caller, id, i, now);
            String link = links.recover(i);
            if (link == null) {
                throw new ConflictException(
                        "link-unavailable",
                        "The link of this invitation was not kept; resend the invitation to make a new one.");
            }
            return new Link(link);
        });
    }

    private static void checkWaiting(Caller caller, UUID id, Invitation i, OffsetDateTime now) {
        if (i == null || !i.isSentBy(caller.subject())) {
            throw new NotFoundException("Invitation " + id + " was not found");
        }
        i.checkOpen(now);
    }

    private void checkLimits(Invitation i, OffsetDateTime now) {
        int limit = config.invitations().resendLimit();
        if (i.resendCount >= limit) {
            throw new ConflictException(
                    "resend-limit", "This invitation was already sent again " + limit + " times; no more resends.");
        }
        OffsetDateTime allowed = i.lastSentAt.plus(config.invitations().resendInterval());
        if (now.isBefore(allowed)) {
            long seconds = (Duration.between(now, allowed).toMillis() + 999) / 1000;
            throw new TooManyRequestsException(
                    "resend-too-soon",
                    "This invitation was emailed less than "
                            + config.invitations().resendInterval().toMinutes()
                            + " minutes ago; try again later.",
                    seconds);
        }
    }
}

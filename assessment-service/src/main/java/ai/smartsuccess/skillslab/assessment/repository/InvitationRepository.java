package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Uni<Invitation> byTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    /** Invitations a business sent since {@code since}, whatever became of them (resends are not new invitations). */
    public Uni<Long> countSentSince(String senderId, OffsetDateTime since) {
        return count("senderId = ?1 and createdAt >= ?2", senderId, since);
    }

    /** Records the first opening of the invitation's link; later openings change nothing. */
    public Uni<Integer> markOpened(UUID id, OffsetDateTime at) {
        return update("openedAt = ?1 where id = ?2 and openedAt is null", at, id);
    }

    /** The invitation, locked until the transaction ends (accepting it twice at once). */
    public Uni<Invitation> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A sender's invitations, newest first, filtered by task and by the status the user sees: an unaccepted invitation
     * past its expiry counts as expired even before the expiry job marked it.
     */
    public Uni<List<Invitation>> forSender(
            String senderId, UUID taskId, InvitationStatus status, OffsetDateTime now, int limit) {
        StringBuilder query = new StringBuilder("senderId = :sender");
        Parameters parameters = Parameters.with("sender", senderId);
        if (taskId != null) {
            query.append(" and taskId = :task");
            parameters.and("task", taskId);
        }
        if (status != null) {
            switch (status) {
                case SENT -> query.append(" and status = :sent and expiresAt > :now");
                case EXPIRED -> query.append(" and (status = :expired or (status = :sent and expiresAt <= :now))");
                default -> {
                    query.append(" and status = :status");
                    parameters.and("status", status);
                }
            }
            if (status == InvitationStatus.SENT || status == InvitationStatus.EXPIRED) {
                parameters.and("now", now).and("sent", InvitationStatus.SENT);
            }
            if (status == InvitationStatus.EXPIRED) {
                parameters.and("expired", InvitationStatus.EXPIRED);
            }
        }
        return find(
                        query.toString(),
                        Sort.by("sentAt", Sort.Direction.Descending).and("id"),
                        parameters)
                .range(0, limit - 1)
                .list();
    }

    /** An invitation to this task still waiting for this address (case-insensitively). */
    public Uni<Long> countOpen(UUID taskId, String recipientEmail, OffsetDateTime now) {
        return count(
                "taskId = :task and lower(recipientEmail) = :email and status = :sent and expiresAt > :now",
                Parameters.with("task", taskId)
                        .and("email", recipientEmail.toLowerCase(java.util.Locale.ROOT))
                        .and("sent", InvitationStatus.SENT)
                        .and("now", now));
    }

    /** Unaccepted invitations past their expiry, locked; rows another instance holds are skipped. */
    public Uni<List<Invitation>> lockExpired(OffsetDateTime now, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select * from assessment.invitations where status = 'sent' and expires_at <= :now"
                                        + " order by expires_at limit :limit for update skip locked",
                                Invitation.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /**
     * Waiting invitations that expire within {@code window} from now and were not reminded yet, locked; rows another
     * instance holds are skipped. Left out: those emailed within their last {@code window} already (created or resent
     * that late: the email is fresh), and those whose link was not kept (made before links were: a reminder would need
     * a new link, which would break the one the candidate has).
     */
    public Uni<List<Invitation>> lockDueForReminder(OffsetDateTime now, Duration window, int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select * from assessment.invitations where status = 'sent' and reminder_sent_at is null"
                                        + " and token_encrypted is not null and expires_at > :now"
                                        + " and expires_at <= :until"
                                        + " and last_sent_at < expires_at - make_interval(secs => :seconds)"
                                        + " order by expires_at limit :limit for update skip locked",
                                Invitation.class)
                        .setParameter("now", now)
                        .setParameter("until", now.plus(window))
                        .setParameter("seconds", (double) window.toSeconds())
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /** The caller's accepted invitation to this task that waits for its (next) attempt, if any. */
    public Uni<Invitation> acceptedAwaitingAttempt(String userId, UUID taskId) {
        return find(
                        "recipientUserId = :user and taskId = :task and status = :accepted and assessmentId is null",
                        Sort.by("acceptedAt", Sort.Direction.Descending),
                        Parameters.with("user", userId).and("task", taskId).and("accepted", InvitationStatus.ACCEPTED))
                .firstResult();
    }

    /**
     * accepted → completed when the invitation's assessment is submitted: a guarded update, so that the submission need
     * not load and lock the invitation; any other status is left alone.
     */
    public Uni<Void> markCompleted(UUID id, OffsetDateTime at) {
        return update(
                        "status = :completed, completedAt = :at, updatedAt = :at where id = :id and status = :accepted",
                        Parameters.with("completed", InvitationStatus.COMPLETED)
                                .and("at", at)
                                .and("id", id)
                                .and("accepted", InvitationStatus.ACCEPTED))
                .replaceWithVoid();
    }

    /** Invitations a person received: accepted by their account, or sent to one of their addresses. */
    public Uni<List<Invitation>> receivedBy(String userId, Collection<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return list("recipientUserId", userId);
        }
        return list(
                "recipientUserId = :user or lower(recipientEmail) in :emails",
                Parameters.with("user", userId).and("emails", lowerCaseEmails));
    }

    public Uni<List<Invitation>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<List<Invitation>> sentBy(String senderId) {
        return list("senderId", senderId);
    }
}

package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.CandidateReviewChange;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import ai.smartsuccess.skillslab.assessment.model.ProcessedEvent;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreRevision;
import ai.smartsuccess.skillslab.assessment.repository.ApiKeyRepository;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.CandidateReviewChangeRepository;
import ai.smartsuccess.skillslab.assessment.repository.CandidateReviewRepository;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.OutboxRepository;
import ai.smartsuccess.skillslab.assessment.repository.ProcessedEventRepository;
import ai.smartsuccess.skillslab.assessment.repository.ResultShareRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRevisionRepository;
import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Erases or anonymizes what this service holds about a person who deleted their account, in one transaction: their
 * provider keys are deleted; their open sessions end (failed, not counted); their name, email, notes and chat text are
 * replaced, as are excerpts of what they wrote in score reports (the current ones and those a re-score replaced); invitations they received keep only a hash of the
 * address; invitations they sent and nobody accepted are cancelled. Businesses' review notes about them are removed;
 * a business's own reviews (and their history) are deleted. Assessments and scores stay, so a business keeps
 * the anonymized record of candidates who took its tasks. The sandbox and the tracking objects in S3 follow in the
 * {@link ErasureSweeper}. Idempotent: by event id, and running it again for the same person changes nothing.
 */
@ApplicationScoped
public class AccountErasureService {

    private static final Logger LOG = Logger.getLogger(AccountErasureService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AssessmentRepository assessments;
    private final ChatMessageRepository chat;
    private final ScoreRepository scores;
    private final ScoreRevisionRepository revisions;
    private final ApiKeyRepository keys;
    private final InvitationRepository invitations;
    private final ProcessedEventRepository processed;
    private final CandidateReviewRepository reviews;
    private final CandidateReviewChangeRepository reviewHistory;
    private final ErasureSweeper sweeper;
    private final ResultShareRepository shares;
    private final OutboxRepository outbox;

    AccountErasureService(
            AssessmentRepository assessments,
            ChatMessageRepository chat,
            ScoreRepository scores,
            ScoreRevisionRepository revisions,
            ApiKeyRepository keys,
            InvitationRepository invitations,
            ProcessedEventRepository processed,
            CandidateReviewRepository reviews,
            CandidateReviewChangeRepository reviewHistory,
            ErasureSweeper sweeper,
            ResultShareRepository shares,
            OutboxRepository outbox) {
        this.shares = shares;
        this.outbox = outbox;
        this.assessments = assessments;
        this.chat = chat;
        this.scores = scores;
        this.revisions = revisions;
        this.keys = keys;
        this.invitations = invitations;
        this.processed = processed;
        this.reviews = reviews;
        this.reviewHistory = reviewHistory;
        this.sweeper = sweeper;
    }

    /** Fails with IllegalArgumentException for an event that can never be applied. */
    public Uni<Void> erase(AccountDeleted event) {
        if (event.schemaVersion() > AccountDeleted.SCHEMA_VERSION) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException(
                            "AccountDeleted schema version " + event.schemaVersion() + " is not supported"));
        }
        if (event.eventId() == null || event.userId() == null || event.userId().isBlank()) {
            return Uni.createFrom().failure(new IllegalArgumentException("AccountDeleted without event or user id"));
        }
        return Panache.withTransaction(() -> processed.findById(event.eventId()).flatMap(seen -> {
                    if (seen != null) {
                        return Uni.createFrom().item(false);
                    }
                    return eraseUser(event.userId())
                            .flatMap(ignored -> remember(event))
                            .replaceWith(true);
                }))
                .invoke(erased -> {
                    if (erased) {
                        LOG.infof("personal data of deleted account %s erased", event.userId());
                        sweeper.kick();
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> eraseUser(String userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return assessments.allOfUser(userId).flatMap(own -> {
            // The addresses they were invited at, read before they are replaced.
            Set<String> emails = own.stream()
                    .map(a -> a.candidate == null ? null : a.candidate.email())
                    .filter(Objects::nonNull)
                    .map(email -> email.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            own.forEach(a -> anonymize(a, now));
            List<java.util.UUID> ids = own.stream().map(a -> a.id).toList();
            return chat.redactForUser(userId, PersonalData.REMOVED)
                    .flatMap(ignored -> scores.forAssessments(ids))
                    .invoke(found -> found.forEach(AccountErasureService::redact))
                    .flatMap(ignored -> revisions.forAssessments(ids))
                    .invoke(found -> found.forEach(AccountErasureService::redact))
                    .flatMap(ignored -> keys.removeAll(userId))
                    // Published results stop being public.
                    .flatMap(ignored -> shares.removeAllOf(userId))
                    .flatMap(ignored -> invitations.receivedBy(userId, emails))
                    .invoke(received -> anonymizeReceived(received, now))
                    .flatMap(ignored -> invitations.sentBy(userId))
                    .invoke(sent -> withdrawSent(sent, now))
                    .flatMap(ignored -> forgetReviewNotes(ids, now))
                    .flatMap(ignored -> reviewHistory.removeAllOf(userId))
                    .flatMap(ignored -> reviews.removeAllOf(userId))
                    // Events already published about them (submitted with the note, the invitation to their address)
                    // are not kept for the relay's hour; those still waiting are published first, then go with it.
                    .flatMap(ignored -> outbox.deleteSentMentioning(withId(userId, emails)))
                    .replaceWithVoid();
        });
    }

    private static List<String> withId(String userId, Set<String> emails) {
        List<String> needles = new java.util.ArrayList<>(emails);
        needles.add(userId.toLowerCase(Locale.ROOT));
        return needles;
    }

    /**
     * A business's notes about the person go (from the review and from its history); stage and rating stay, like the
     * score. The removal is itself a change of the review, so it leaves a history row of its own.
     */
    private Uni<Void> forgetReviewNotes(List<java.util.UUID> ids, OffsetDateTime now) {
        return reviewHistory
                .forgetNotes(ids)
                .flatMap(ignored -> reviews.withNotes(ids))
                .flatMap(found -> {
                    List<CandidateReviewChange> changes =
                            found.stream().map(review -> review.eraseNotes(now)).toList();
                    return changes.isEmpty() ? Uni.createFrom().voidItem() : reviewHistory.persist(changes);
                });
    }

    private static void anonymize(Assessment a, OffsetDateTime now) {
        if (AssessmentStatus.UNFINISHED.contains(a.status)) {
            a.fail(PersonalData.SESSION_ENDED, now);
        }
        if (a.candidate != null) {
            a.candidate = PersonalData.anonymized(a.candidate);
        }
        a.notes = null;
        if (a.erasureRequestedAt == null) {
            a.erasureRequestedAt = now;
        }
        a.updatedAt = now;
    }

    static void redact(Score score) {
        if (score.report != null) {
            score.report = PersonalData.redacted(score.report);
        }
    }

    /** A report a re-score replaced is kept for audit, without their words like the current one. */
    static void redact(ScoreRevision revision) {
        if (revision.report != null) {
            revision.report = PersonalData.redacted(revision.report);
        }
    }

    /**
     * Invitations to the person keep only a hash of the address (the business still sees one row per invitation,
     * and the same hash for the same person); one they never accepted can no longer be, so it is cancelled, and so is
     * one whose attempt they had abandoned without making the next.
     */
    private static void anonymizeReceived(List<Invitation> received, OffsetDateTime now) {
        if (received.isEmpty()) {
            return;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String secret = HexFormat.of().formatHex(salt);
        for (Invitation i : received) {
            if (!i.recipientEmail.startsWith("sha256:")) {
                i.recipientEmail = PersonalData.hashedEmail(secret, i.recipientEmail);
            }
            i.recipientName = null;
            i.cancelUnused(now);
            InvitationLinks.forget(i);
            i.updatedAt = now;
        }
    }

    /** A business that leaves withdraws what it sent and nobody accepted; its own name goes from all of them. */
    private static void withdrawSent(List<Invitation> sent, OffsetDateTime now) {
        for (Invitation i : sent) {
            i.senderName = null;
            if (i.status == InvitationStatus.SENT) {
                i.cancel(now);
            }
            InvitationLinks.forget(i);
            i.updatedAt = now;
        }
    }

    private Uni<Void> remember(AccountDeleted event) {
        ProcessedEvent seen = new ProcessedEvent();
        seen.eventId = event.eventId();
        seen.eventType = event.type();
        seen.processedAt = OffsetDateTime.now();
        return processed.persist(seen).replaceWithVoid();
    }
}

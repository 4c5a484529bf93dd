package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.client.TaskClient;
import ai.smartsuccess.skillslab.assessment.client.TaskDetailResponse;
import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Accepted;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Access;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Created;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.InvitationList;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Summary;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.contracts.events.InvitationAccepted;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.AccessDeniedException;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.GoneException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.platform.text.UntrustedText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Invitations: a business invites a candidate by email to one of its own tasks; the candidate opens the link, signs in
 * with the invited address and accepts, which creates their assessment. Sender-only views answer 404 to anyone else;
 * the link's page shows nothing about the recipient or other invitations.
 */
@ApplicationScoped
public class InvitationService {

    static final int MAX_EMAIL_CHARS = 254;
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_MESSAGE_CHARS = 2000;
    /** The list is for a dashboard: the newest this many. */
    static final int LIST_LIMIT = 500;
    /** The problem type of an invitation that would repeat one still waiting. */
    static final String PENDING = "invitation-pending";

    // The HTML living standard's "valid e-mail address", with at least one dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final InvitationRepository invitations;
    private final ScoreRepository scores;
    private final AssessmentRepository assessmentRepository;
    private final AssessmentService assessments;
    private final TaskClient tasks;
    private final InvitationLinks links;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    /** The plan's monthly invitation limit; every path that creates invitations asks it first, in its transaction. */
    @Inject
    PlanLimits planLimits;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRecords auditRecords;

    /** The daily invitation quota of a business, asked after the plan limit (under the owner's lock it takes). */
    @Inject
    InvitationQuota quota;

    InvitationService(
            InvitationRepository invitations,
            ScoreRepository scores,
            AssessmentRepository assessmentRepository,
            AssessmentService assessments,
            TaskClient tasks,
            InvitationLinks links,
            EventOutbox outbox,
            OutboxRelay relay,
            AssessmentConfig config) {
        this.invitations = invitations;
        this.scores = scores;
        this.assessmentRepository = assessmentRepository;
        this.assessments = assessments;
        this.tasks = tasks;
        this.links = links;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config;
    }

    /**
     * What a business asks for when it invites someone.
     *
     * @param allowRetakes null for false
     * @param locale BCP 47 tag for the email's dates; null for English
     * @param allowResultSharing null for false: whether the candidate may publish the result
     */
    public record NewInvitation(
            UUID taskId,
            String recipientEmail,
            String recipientName,
            String message,
            OffsetDateTime expiresAt,
            Boolean allowRetakes,
            String locale,
            Boolean allowResultSharing) {}

    /**
     * Sends an invitation to one of the caller's own tasks: stored with the hash of a new access token, and announced
     * (InvitationCreated, with the link) through the outbox for the email.
     */
    public Uni<Created> create(Caller caller, NewInvitation input) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        NewInvitation checked = validate(input, now);
        Executor here = OnContext.current();
        return tasks.anyTask(checked.taskId())
                .emitOn(here)
                .invoke(task -> checkInvitable(caller, task))
                .flatMap(task -> store(caller, task, checked, now))
                .invoke(relay::kick);
    }

    /**
     * Stores one validated invitation to a task the caller may invite to, with its InvitationCreated event, in a
     * transaction of its own: the way of every invitation, one at a time or in bulk. Fails with 409
     * {@code invitation-pending} (storing nothing) while an invitation to this task waits for this address. The caller
     * wakes the outbox relay once it is done.
     */
    Uni<Created> store(Caller caller, TaskDetailResponse task, NewInvitation checked, OffsetDateTime now) {
        return Panache.withTransaction(() -> planLimits
                .checkInvitations(caller, 1)
                .chain(() -> quota.check(caller, 1))
                .chain(() -> invitations.countOpen(task.id(), checked.recipientEmail(), now))
                .flatMap(open -> {
                    if (open > 0) {
                        return Uni.createFrom().failure(alreadyWaiting());
                    }
                    return insert(caller, task, checked, now);
                }));
    }

    private static ConflictException alreadyWaiting() {
        return new ConflictException(
                PENDING,
                "An invitation to this task is already waiting for this address; cancel it first to send a new one.");
    }

    private Uni<Created> insert(Caller caller, TaskDetailResponse task, NewInvitation input, OffsetDateTime now) {
        Invitation i = new Invitation();
        i.id = UUID.randomUUID();
        i.taskId = task.id();
        i.senderId = caller.subject();
        i.senderName = caller.displayName();
        i.companyName = caller.companyName();
        i.taskTitle = task.title();
        i.taskType = task.taskType();
        i.difficulty = task.difficulty();
        i.timeLimitMinutes = task.timeLimitMinutes();
        i.recipientEmail = input.recipientEmail();
        i.recipientName = input.recipientName();
        i.message = input.message();
        i.allowRetakes = Boolean.TRUE.equals(input.allowRetakes());
        i.allowResultSharing = Boolean.TRUE.equals(input.allowResultSharing());
        i.locale = input.locale();
        i.status = InvitationStatus.SENT;
        String link = links.issue(i);
        i.sentAt = now;
        i.lastSentAt = now;
        i.resendCount = 0;
        i.expiresAt = input.expiresAt() != null
                ? input.expiresAt()
                : now.plus(config.invitations().defaultValidity());
        i.createdAt = now;
        i.updatedAt = now;
        return invitations
                .persist(i)
                .flatMap(saved -> outbox.add(Topics.INVITATIONS, InvitationEvents.created(i, link)))
                .call(() -> auditRecords.add(audit.success(
                        "invitation.sent", "invitation", i.id, Map.of("taskId", String.valueOf(i.taskId)))))
                .replaceWith(new Created(i.id, link, i.status.value()));
    }

    /** Only the creator of a task may invite to it (anyone else: as if it did not exist), and only while it is offered. */
    static void checkInvitable(Caller caller, TaskDetailResponse task) {
        if (task.creatorId() == null || !task.creatorId().equals(caller.subject())) {
            throw new NotFoundException("Task " + task.id() + " was not found");
        }
        if (task.isDraft()) {
            throw new ConflictException("task-not-published", "Publish this task before inviting candidates to it.");
        }
        if (task.archivedAt() != null) {
            throw new ConflictException("task-archived", "This task is no longer offered.");
        }
        if (Boolean.FALSE.equals(task.isActive())) {
            throw new ConflictException("task-inactive", "Activate this task before inviting candidates to it.");
        }
        if (task.accessEndDate() != null && OffsetDateTime.now().isAfter(task.accessEndDate())) {
            throw new ConflictException("task-closed", "This task closed on " + task.accessEndDate() + ".");
        }
    }

    NewInvitation validate(NewInvitation input, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (input.taskId() == null) {
            errors.add(new FieldError("taskId", "is required"));
        }
        String email =
                input.recipientEmail() == null ? null : input.recipientEmail().strip();
        String emailProblem = emailProblem(email);
        if (emailProblem != null) {
            errors.add(new FieldError("recipientEmail", emailProblem));
        }
        String name = blankToNull(input.recipientName());
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            errors.add(new FieldError("recipientName", nameProblem));
        }
        Options options = options(input.message(), input.expiresAt(), input.locale(), now, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The invitation is invalid", errors);
        }
        return new NewInvitation(
                input.taskId(),
                email,
                name,
                options.message(),
                options.expiresAt(),
                input.allowRetakes(),
                options.locale(),
                input.allowResultSharing());
    }

    /** What an invitation says besides its recipient, checked; every address of a bulk invitation shares it. */
    record Options(String message, OffsetDateTime expiresAt, String locale) {}

    /** The options as stored (UTC, canonical language tag); what is wrong with them goes into {@code errors}. */
    Options options(
            String message, OffsetDateTime expiresAt, String locale, OffsetDateTime now, List<FieldError> errors) {
        String text = blankToNull(message);
        if (text != null && text.length() > MAX_MESSAGE_CHARS) {
            errors.add(new FieldError("message", "must be at most " + MAX_MESSAGE_CHARS + " characters"));
        }
        UntrustedText.multiLineProblem(text).ifPresent(problem -> errors.add(new FieldError("message", problem)));
        if (expiresAt != null) {
            if (!expiresAt.isAfter(now)) {
                errors.add(new FieldError("expiresAt", "must be in the future"));
            } else if (expiresAt.isAfter(now.plus(config.invitations().maxValidity()))) {
                errors.add(new FieldError(
                        "expiresAt",
                        "must be at most " + config.invitations().maxValidity().toDays() + " days away"));
            }
        }
        String language = LanguageTags.normalize(locale);
        if (language == null) {
            errors.add(new FieldError("locale", "must be a BCP 47 language tag such as en, en-GB or de"));
        }
        return new Options(
                text,
                expiresAt == null
                        ? null
                        : expiresAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                language);
    }

    /** What is wrong with a recipient's address (stripped), or null when it is one. */
    static String emailProblem(String email) {
        if (email == null || email.isEmpty()) {
            return "is required";
        }
        if (email.length() > MAX_EMAIL_CHARS || !EMAIL.matcher(email).matches()) {
            return "must be a valid email address";
        }
        return null;
    }

    /** What is wrong with a recipient's name (stripped, null when none), or null when nothing is. */
    static String nameProblem(String name) {
        if (name != null && name.length() > MAX_NAME_CHARS) {
            return "must be at most " + MAX_NAME_CHARS + " characters";
        }
        return UntrustedText.singleLineProblem(name).orElse(null);
    }

    /** The caller's own invitations, newest first, with the score of each one's assessment. */
    public Uni<InvitationList> list(Caller caller, String taskId, String status) {
        List<FieldError> errors = new ArrayList<>();
        UUID task = null;
        if (taskId != null && !taskId.isBlank()) {
            try {
                task = UUID.fromString(taskId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("taskId", "must be a task id"));
            }
        }
        String wanted = status == null || status.isBlank() ? null : status.strip();
        if (wanted != null && !InvitationStatus.ALL.contains(wanted)) {
            errors.add(new FieldError("status", "must be one of " + String.join(", ", InvitationStatus.ALL)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The invitation query is invalid", errors);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID byTask = task;
        return Panache.withSession(() -> invitations
                .forSender(
                        caller.subject(), byTask, wanted == null ? null : InvitationStatus.of(wanted), now, LIST_LIMIT)
                .flatMap(found -> {
                    List<UUID> ids = found.stream()
                            .map(i -> i.assessmentId)
                            .filter(Objects::nonNull)
                            .toList();
                    return assessmentRepository
                            .statuses(ids)
                            .flatMap(statuses -> scores.forAssessments(ids).map(scored -> {
                                Map<UUID, Score> byAssessment = scored.stream()
                                        .collect(Collectors.toMap(s -> s.assessmentId, Function.identity()));
                                return new InvitationList(found.stream()
                                        .map(i -> summary(
                                                i, statuses.get(i.assessmentId), byAssessment.get(i.assessmentId), now))
                                        .toList());
                            }));
                }));
    }

    private static Summary summary(Invitation i, String assessmentStatus, Score score, OffsetDateTime now) {
        return new Summary(
                i.id,
                i.taskId,
                i.taskTitle,
                i.recipientEmail,
                i.recipientName,
                i.effectiveStatus(now).value(),
                i.sentAt,
                i.expiresAt,
                i.acceptedAt,
                i.completedAt,
                i.assessmentId,
                assessmentStatus,
                score == null ? null : score.report.finalScore(),
                score == null ? null : score.report.proficiencyLevel(),
                i.allowRetakes,
                i.allowResultSharing,
                i.lastSentAt,
                i.resendCount,
                i.effectiveStatus(now) == InvitationStatus.SENT && i.tokenEncrypted != null);
    }

    /**
     * The sender withdraws an invitation that was not accepted: it can no longer be accepted. Cancelling again, or an
     * expired one, changes nothing.
     */
    public Uni<Void> cancel(Caller caller, UUID id) {
        AuditRecorded cancelled = audit.success("invitation.cancelled", "invitation", id, Map.of());
        return Panache.withTransaction(() -> invitations.lock(id).call(i -> {
                    if (i == null || !i.senderId.equals(caller.subject())) {
                        throw notFound(id);
                    }
                    InvitationStatus before = i.status;
                    i.cancel(OffsetDateTime.now(ZoneOffset.UTC));
                    return i.status == before
                            ? Uni.createFrom().voidItem()
                            : auditRecords.add(cancelled.withDetails(Map.of("taskId", String.valueOf(i.taskId))));
                }))
                .invoke(relay::kick)
                .replaceWithVoid();
    }

    /** What the link shows to anyone who holds it; an unknown token is 404 without a database lookup if malformed. */
    public Uni<Access> access(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Uni.createFrom().failure(unknownLink());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> invitations
                        .byTokenHash(InvitationTokens.hash(token))
                        .call(i -> i == null ? Uni.createFrom().voidItem() : invitations.markOpened(i.id, now)))
                .map(i -> {
                    if (i == null) {
                        throw unknownLink();
                    }
                    return new Access(
                            i.id,
                            i.taskTitle,
                            i.taskType,
                            i.difficulty,
                            i.timeLimitMinutes,
                            i.companyName,
                            i.senderName,
                            i.message,
                            i.expiresAt,
                            i.effectiveStatus(now).value(),
                            i.recipientEmail,
                            i.recipientName);
                });
    }

    /**
     * The signed-in recipient accepts: a pending assessment of the invited task is created for them and linked to the
     * invitation, and InvitationAccepted lets task-service show them the task. Accepting again answers the same
     * assessment; after the candidate abandoned it (retakes allowed), accepting again makes the next attempt.
     */
    public Uni<Accepted> accept(Caller caller, String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Uni.createFrom().failure(unknownLink());
        }
        Executor here = OnContext.current();
        return Panache.withSession(() -> invitations.byTokenHash(InvitationTokens.hash(token)))
                .flatMap(found -> {
                    Accepted already = checkAcceptable(caller, found);
                    if (already != null) {
                        return Uni.createFrom().item(already);
                    }
                    return tasks.anyTask(found.taskId)
                            .emitOn(here)
                            .invoke(task -> {
                                if (!Objects.equals(task.creatorId(), found.senderId)) {
                                    throw new GoneException(
                                            "invitation-withdrawn", "This invitation is no longer valid.");
                                }
                                AssessmentService.checkTakeable(caller, task);
                            })
                            .flatMap(task -> Panache.withTransaction(() -> invitations
                                    .lock(found.id)
                                    .flatMap(locked -> {
                                        Accepted meanwhile = checkAcceptable(caller, locked);
                                        return meanwhile != null
                                                ? Uni.createFrom().item(meanwhile)
                                                : acceptNow(caller, task, locked);
                                    })))
                            .invoke(relay::kick);
                });
    }

    private Uni<Accepted> acceptNow(Caller caller, TaskDetailResponse task, Invitation invitation) {
        return assessments.insertAttempt(caller, task, invitation.id).flatMap(assessment -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            invitation.accept(caller.subject(), assessment.id, now);
            // Also after a retake: task-service records the grant once per invitation.
            InvitationAccepted event = new InvitationAccepted(
                    UUID.randomUUID(),
                    InvitationAccepted.TYPE,
                    InvitationAccepted.SCHEMA_VERSION,
                    Instant.now(),
                    invitation.id,
                    invitation.taskId,
                    task.creatorId(),
                    caller.subject(),
                    assessment.id);
            return outbox.add(Topics.INVITATIONS, event).replaceWith(accepted(assessment.id));
        });
    }

    /**
     * Null when the caller may accept the invitation now (or, having abandoned its attempt, make the next one); the
     * earlier answer when they already did; otherwise fails with the reason (J13: the address is compared
     * case-insensitively, and must be verified).
     */
    static Accepted checkAcceptable(Caller caller, Invitation i) {
        if (i == null) {
            throw unknownLink();
        }
        if (caller.subject().equals(i.recipientUserId)) {
            if (i.assessmentId != null) {
                return accepted(i.assessmentId);
            }
            if (i.status == InvitationStatus.ACCEPTED) {
                return null;
            }
        }
        if (!sameAddress(caller.email(), i.recipientEmail)) {
            throw new AccessDeniedException(
                    "invitation-other-recipient", "This invitation was sent to another address");
        }
        if (!caller.emailVerified()) {
            throw new AccessDeniedException(
                    "email-not-verified", "Verify your email address before accepting this invitation.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return switch (i.effectiveStatus(now)) {
            case SENT -> null;
            case CANCELLED ->
                throw new GoneException("invitation-cancelled", "This invitation was cancelled by its sender.");
            case EXPIRED ->
                throw new GoneException("invitation-expired", "This invitation expired on " + i.expiresAt + ".");
            default ->
                throw new ConflictException(
                        "invitation-already-accepted", "This invitation was already accepted by another account.");
        };
    }

    private static boolean sameAddress(String callerEmail, String recipientEmail) {
        return callerEmail != null
                && callerEmail.strip().toLowerCase(Locale.ROOT).equals(recipientEmail.toLowerCase(Locale.ROOT));
    }

    /** Straight into the invitation's own assessment: the workspace asks before it starts the clock. */
    private static Accepted accepted(UUID assessmentId) {
        return new Accepted(assessmentId, "/workspace/" + assessmentId);
    }

    private static NotFoundException unknownLink() {
        return new NotFoundException("This invitation link is not valid.");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Invitation " + id + " was not found");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

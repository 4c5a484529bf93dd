package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient;
import ai.smartsuccess.skillslab.assessment.client.TaskClient;
import ai.smartsuccess.skillslab.assessment.client.TaskDetailResponse;
import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.CandidateDocument;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.InvitationStatus;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.TaskSnapshotDocument;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Created;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Detail;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.FileView;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Page;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Progress;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.ProgressPoint;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Started;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AssessmentStarted;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Creating, starting and reading assessments, with the rules of who may do what and how often. */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);
    static final int MAX_PAGE_SIZE = 100;
    /** Attempts a progress chart shows: the latest ones. */
    static final int MAX_PROGRESS_POINTS = 100;
    /** A start that has not finished after this long (the instance died) may be taken over. */
    private static final Duration STALE_START = Duration.ofMinutes(3);

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final ChatMessageRepository chat;
    private final InvitationRepository invitations;
    private final TaskClient tasks;
    private final SandboxClient sandbox;
    private final TrackingService tracking;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    AssessmentService(
            AssessmentRepository assessments,
            ScoreRepository scores,
            ChatMessageRepository chat,
            InvitationRepository invitations,
            TaskClient tasks,
            SandboxClient sandbox,
            TrackingService tracking,
            EventOutbox outbox,
            OutboxRelay relay,
            AssessmentConfig config) {
        this.assessments = assessments;
        this.scores = scores;
        this.chat = chat;
        this.invitations = invitations;
        this.tasks = tasks;
        this.sandbox = sandbox;
        this.tracking = tracking;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config;
    }

    /**
     * Creates a pending assessment. The task is read with the caller's token, so task-service's visibility rules
     * decide whether the caller may take it; the attempt limit is checked and the attempt numbered under a lock. With an
     * {@code invitationId}, the invitation must be one the caller accepted, for this task: then the task is read with
     * this service's token (task-service may not show a private task to the candidate yet) and the new attempt is linked
     * to the invitation. Without one, an accepted invitation of the caller's to this task that waits for its next
     * attempt (its last one was abandoned with a retake allowed) takes the new attempt, so that the business sees it.
     */
    public Uni<Created> create(Caller caller, UUID taskId, UUID invitationId) {
        if (taskId == null) {
            throw new InvalidInputException("taskId", "is required");
        }
        if (invitationId == null) {
            Executor here = OnContext.current();
            return Panache.withSession(() -> invitations.acceptedAwaitingAttempt(caller.subject(), taskId))
                    .emitOn(here)
                    .flatMap(waiting -> createAttempt(caller, taskId, waiting == null ? null : waiting.id));
        }
        return createAttempt(caller, taskId, invitationId);
    }

    private Uni<Created> createAttempt(Caller caller, UUID taskId, UUID invitationId) {
        Executor here = OnContext.current();
        if (invitationId != null) {
            return Panache.withSession(() -> invitations.findById(invitationId))
                    .invoke(invitation -> checkInvitationOf(caller, taskId, invitation))
                    .flatMap(invitation -> tasks.anyTask(taskId).emitOn(here))
                    .invoke(task -> checkTakeable(caller, task))
                    .flatMap(task -> Panache.withTransaction(() -> invitations
                            .lock(invitationId)
                            .invoke(invitation -> checkInvitationOf(caller, taskId, invitation))
                            .flatMap(invitation -> insertAttempt(caller, task, invitationId)
                                    .invoke(a -> {
                                        invitation.assessmentId = a.id;
                                        invitation.updatedAt = OffsetDateTime.now();
                                    }))))
                    .map(assessment -> new Created(assessment.id, assessment.status.value()));
        }
        return tasks.taskFor(caller, taskId)
                .emitOn(here)
                .invoke(task -> checkTakeable(caller, task))
                .flatMap(task -> Panache.withTransaction(() -> insertAttempt(caller, task, null)))
                .map(assessment -> new Created(assessment.id, assessment.status.value()));
    }

    /** J12: an invitation id must name an invitation that the caller accepted, for this very task. */
    static void checkInvitationOf(Caller caller, UUID taskId, Invitation invitation) {
        if (invitation == null
                || !caller.subject().equals(invitation.recipientUserId)
                || !taskId.equals(invitation.taskId)) {
            throw new InvalidInputException("invitationId", "is not an invitation of yours for this task");
        }
        if (invitation.status == InvitationStatus.COMPLETED) {
            throw new ConflictException(
                    "invitation-completed", "You have already completed the assessment of this invitation.");
        }
        if (invitation.status != InvitationStatus.ACCEPTED) {
            throw new ConflictException("invitation-not-accepted", "This invitation is no longer open.");
        }
    }

    /**
     * Numbers and stores a new attempt, under a lock per (user, task): refused while another attempt of the task is
     * unfinished (the answer names it, to be resumed) and once the attempt limit is reached. Must run inside a
     * transaction.
     */
    Uni<Assessment> insertAttempt(Caller caller, TaskDetailResponse task, UUID invitationId) {
        Integer limit = attemptLimit(task);
        return assessments
                .lockAttempts(caller.subject(), task.id())
                .flatMap(locked -> assessments.unfinishedAttempt(caller.subject(), task.id()))
                .flatMap(unfinished -> unfinished != null
                        ? Uni.createFrom().<Long>failure(new AttemptInProgressException(unfinished))
                        : assessments.countCountedAttempts(caller.subject(), task.id()))
                .flatMap(counted -> {
                    if (limit != null && counted >= limit) {
                        return Uni.createFrom()
                                .failure(new ConflictException(
                                        "max-attempts", "Maximum attempts (" + limit + ") reached for this task."));
                    }
                    return assessments.maxAttemptNumber(caller.subject(), task.id());
                })
                .flatMap(lastNumber -> {
                    Assessment a = newAssessment(caller, task, lastNumber + 1, invitationId);
                    return assessments.persist(a);
                });
    }

    /** Default tasks are practice: unlimited attempts. Failed scoring never counts (see the repository). */
    static Integer attemptLimit(TaskDetailResponse task) {
        return task.isDefault() ? null : task.maxAttempts();
    }

    /**
     * Whether the task is offered now. A draft only to its creator (who may try it before publishing); task-service
     * hides drafts from everyone else, and this holds for tasks read with the service's own token too.
     */
    static void checkTakeable(Caller caller, TaskDetailResponse task) {
        OffsetDateTime now = OffsetDateTime.now();
        if (task.isDraft() && !caller.subject().equals(task.creatorId())) {
            throw new ConflictException("task-not-published", "This task is not published yet.");
        }
        if (task.archivedAt() != null) {
            throw new ConflictException("task-archived", "This task is no longer offered.");
        }
        if (Boolean.FALSE.equals(task.isActive())) {
            throw new ConflictException("task-inactive", "This task is not open for assessments.");
        }
        if (task.accessStartDate() != null && now.isBefore(task.accessStartDate())) {
            throw new ConflictException("task-not-open-yet", "This task opens on " + task.accessStartDate() + ".");
        }
        if (task.accessEndDate() != null && now.isAfter(task.accessEndDate())) {
            throw new ConflictException("task-closed", "This task closed on " + task.accessEndDate() + ".");
        }
    }

    private static Assessment newAssessment(
            Caller caller, TaskDetailResponse task, int attemptNumber, UUID invitationId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.userId = caller.subject();
        a.taskId = task.id();
        a.taskCreatorId = task.creatorId();
        a.invitationId = invitationId;
        a.status = AssessmentStatus.PENDING;
        a.attemptNumber = attemptNumber;
        a.candidate = new CandidateDocument(caller.subject(), caller.email(), caller.displayName(), caller.userType());
        a.taskSnapshot = new TaskSnapshotDocument(
                task.id(),
                task.title(),
                task.description(),
                task.taskType(),
                task.difficulty(),
                task.timeLimitMinutes(),
                task.isDefault(),
                task.creatorId(),
                task.usesPlatformKeys(),
                task.maxAttempts(),
                task.runtime(),
                task.visibleTestCommand());
        a.evaluationConfig = task.evaluationConfig();
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /**
     * Starts the clock and provisions the sandbox: pending → in_progress. The deadline is fixed before provisioning and
     * handed to the sandbox, so both end the session at the same moment.
     */
    public Uni<Started> start(Caller caller, UUID id) {
        Executor here = OnContext.current();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(() -> ownedBy(caller, id).flatMap(a -> {
                    a.checkStartable();
                    return assessments
                            .claimStart(id, now, now.minus(STALE_START))
                            .flatMap(claimed -> claimed
                                    ? Uni.createFrom().item(a)
                                    : Uni.createFrom()
                                            .failure(new ConflictException(
                                                    "start-in-progress", "This assessment is being started.")));
                }))
                .flatMap(a -> {
                    OffsetDateTime deadline = now.plusMinutes(a.taskSnapshot.timeLimitMinutes());
                    return sandbox.provision(a.id, a.taskId, a.userId, deadline.toInstant())
                            .emitOn(here)
                            .onFailure()
                            .call(() -> Panache.withTransaction(() -> assessments.releaseStart(id)))
                            .flatMap(provisioned -> Panache.withTransaction(() -> assessments
                                    .findById(id)
                                    .flatMap(fresh -> {
                                        if (!fresh.is(AssessmentStatus.PENDING)) {
                                            // Ended while the sandbox was starting (the account was deleted).
                                            return Uni.createFrom().<Assessment>failure(ended(fresh));
                                        }
                                        fresh.start(now, deadline, provisioned.sandboxId(), provisioned.backend());
                                        return outbox.add(
                                                        Topics.ASSESSMENT_LIFECYCLE,
                                                        AssessmentStarted.of(
                                                                fresh.id,
                                                                fresh.taskId,
                                                                fresh.userId,
                                                                now.toInstant(),
                                                                deadline.toInstant()))
                                                .replaceWith(fresh);
                                    })))
                            .onFailure(AssessmentEndedException.class)
                            .call(() -> sandbox.destroy(a.id)
                                    .emitOn(here)
                                    .onFailure()
                                    .invoke(e -> LOG.warnf("sandbox of ended %s not destroyed: %s", id, e.toString()))
                                    .onFailure()
                                    .recoverWithNull());
                })
                .invoke(relay::kick)
                .call(a -> tracking.open(a.id, a.userId)
                        .onFailure()
                        .invoke(e -> LOG.warnf("tracking of %s opens lazily: %s", a.id, e.toString()))
                        .onFailure()
                        .recoverWithNull())
                .map(a -> new Started(
                        a.id,
                        a.status.value(),
                        a.startedAt,
                        a.deadline,
                        a.taskSnapshot.timeLimitMinutes(),
                        AssessmentMapper.websocketUrl(a)));
    }

    /** The owner, the creator of the task, or an admin may read an assessment; anyone else gets 404. */
    public Uni<Detail> get(Caller caller, UUID id) {
        Executor here = OnContext.current();
        return Panache.withSession(() -> assessments.findById(id).flatMap(a -> {
                    if (a == null || !AttemptRules.mayView(caller, a)) {
                        return Uni.createFrom().failure(notFound(id));
                    }
                    return chat.history(id)
                            .flatMap(history -> scores.findById(id)
                                    .flatMap(score -> invitationOf(a)
                                            .map(invitation -> new Loaded(a, invitation, history, score))));
                }))
                .flatMap(loaded -> files(caller, loaded.assessment())
                        .emitOn(here)
                        .map(files -> AssessmentMapper.detail(
                                loaded.assessment(),
                                loaded.invitation(),
                                AttemptRules.viewer(caller, loaded.assessment()),
                                AttemptRules.canAbandon(caller, loaded.assessment(), loaded.invitation()),
                                loaded.chat(),
                                loaded.score(),
                                files,
                                config.sessions().warningMinutes(),
                                OffsetDateTime.now(ZoneOffset.UTC))));
    }

    private Uni<Invitation> invitationOf(Assessment a) {
        return a.isInvited()
                ? invitations.findById(a.invitationId)
                : Uni.createFrom().nullItem();
    }

    /**
     * The workspace files: live from the sandbox while the session runs (for the owner), from the finalized
     * submission afterwards. Never fails the whole answer: a sandbox that does not answer gives {@code null}.
     */
    private Uni<List<FileView>> files(Caller caller, Assessment a) {
        if (a.is(AssessmentStatus.IN_PROGRESS) && a.isOwnedBy(caller.subject())) {
            return sandbox.listFiles(caller, a.id)
                    .map(entries -> entries.stream()
                            .map(e -> new FileView(e.path(), e.type(), e.size()))
                            .toList())
                    .ifNoItem()
                    .after(Duration.ofSeconds(3))
                    .fail()
                    .onFailure()
                    .recoverWithNull();
        }
        if (a.submission != null && a.submission.files() != null) {
            return Uni.createFrom()
                    .item(a.submission.files().stream()
                            .map(path -> new FileView(path, "file", null))
                            .toList());
        }
        return Uni.createFrom().nullItem();
    }

    /**
     * The caller's own assessments, newest first, of one task, in some statuses and created within some days (UTC)
     * when asked.
     */
    public Uni<Page> list(Caller caller, String taskId, String status, String from, String to, int limit, int offset) {
        ListQuery query = ListQuery.parse(taskId, status, from, to, limit, offset, MAX_PAGE_SIZE);
        AssessmentRepository.UserFilter filter = new AssessmentRepository.UserFilter(
                query.taskId(), query.statuses(), query.createdFrom(), query.createdBefore());
        return Panache.withSession(() -> assessments
                .countForUser(caller.subject(), filter)
                .flatMap(total -> assessments
                        .pageForUser(caller.subject(), filter, offset, limit)
                        .flatMap(page -> {
                            List<UUID> ids = page.stream().map(a -> a.id).toList();
                            List<UUID> invited = page.stream()
                                    .map(a -> a.invitationId)
                                    .filter(java.util.Objects::nonNull)
                                    .distinct()
                                    .toList();
                            return scores.forAssessments(ids)
                                    .flatMap(found -> invitations.byIds(invited).map(links -> {
                                        Map<UUID, Score> byId = found.stream()
                                                .collect(Collectors.toMap(s -> s.assessmentId, Function.identity()));
                                        Map<UUID, Invitation> byInvitation = links.stream()
                                                .collect(Collectors.toMap(i -> i.id, Function.identity()));
                                        return new Page(
                                                page.stream()
                                                        .map(a -> summary(
                                                                caller,
                                                                a,
                                                                byInvitation.get(a.invitationId),
                                                                byId.get(a.id)))
                                                        .toList(),
                                                total);
                                    }));
                        })));
    }

    /** The caller's latest {@value #MAX_PROGRESS_POINTS} scored assessments, oldest first, with their scores. */
    public Uni<Progress> progress(Caller caller) {
        return Panache.withSession(() -> assessments
                .latestScored(caller.subject(), MAX_PROGRESS_POINTS)
                .flatMap(scored -> scores.forAssessments(
                                scored.stream().map(a -> a.id).toList())
                        .map(found -> {
                            Map<UUID, Score> byId =
                                    found.stream().collect(Collectors.toMap(s -> s.assessmentId, Function.identity()));
                            return new Progress(scored.stream()
                                    .filter(a -> byId.get(a.id) != null && byId.get(a.id).report != null)
                                    .map(a -> {
                                        var report = byId.get(a.id).report;
                                        return new ProgressPoint(
                                                a.id,
                                                a.taskSnapshot.title(),
                                                a.scoredAt,
                                                report.finalScore(),
                                                report.categoryScores() == null ? Map.of() : report.categoryScores());
                                    })
                                    .toList());
                        })));
    }

    private static AssessmentViews.Summary summary(Caller caller, Assessment a, Invitation invitation, Score score) {
        return AssessmentMapper.summary(a, invitation, AttemptRules.canAbandon(caller, a, invitation), score);
    }

    /** The assessment if the caller owns it; otherwise the same answer as for one that does not exist. */
    Uni<Assessment> ownedBy(Caller caller, UUID id) {
        return assessments.findById(id).map(a -> {
            if (a == null || !a.isOwnedBy(caller.subject())) {
                throw notFound(id);
            }
            return a;
        });
    }

    private static AssessmentEndedException ended(Assessment a) {
        return new AssessmentEndedException(
                a.failureReason != null ? a.failureReason : "This assessment was ended before it started.");
    }

    /** A start that lost the race against the end of the session. */
    static final class AssessmentEndedException extends ConflictException {
        AssessmentEndedException(String message) {
            super("assessment-ended", message);
        }
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("Assessment " + id + " was not found");
    }

    private record Loaded(
            Assessment assessment,
            Invitation invitation,
            List<ai.smartsuccess.skillslab.assessment.model.ChatMessage> chat,
            Score score) {}
}

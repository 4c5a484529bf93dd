package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient;
import ai.smartsuccess.skillslab.assessment.client.SandboxClient.SubmittedFile;
import ai.smartsuccess.skillslab.assessment.client.SandboxDtos;
import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.EventOutbox;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.AssessmentStatus;
import ai.smartsuccess.skillslab.assessment.model.SubmissionDocument;
import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Submitted;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingFlusher;
import ai.smartsuccess.skillslab.assessment.service.tracking.TrackingService;
import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.events.AssessmentExpired;
import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Ends a session, by the candidate or at the deadline: in_progress → submitted, then scoring once AssessmentSubmitted
 * is published. The steps (close tracking, finalize the sandbox, wait for its activity, seal and flush tracking, commit with
 * the outbox row) are each
 * repeatable, so a submission interrupted by a crash or an unavailable sandbox is completed later by the deadline
 * watcher; the event is published if and only if the state change commits.
 */
@ApplicationScoped
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class);
    static final int MAX_FILES = 200;
    static final int MAX_FILE_CHARS = 1_000_000;
    static final int MAX_NOTES_CHARS = 20_000;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.@+\\- ]+(/[A-Za-z0-9_.@+\\- ]+)*");

    private final AssessmentRepository assessments;
    private final InvitationRepository invitations;
    private final SandboxClient sandbox;
    private final TrackingService tracking;
    private final TrackingFlusher flusher;
    private final EventOutbox outbox;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    SubmissionService(
            AssessmentRepository assessments,
            InvitationRepository invitations,
            SandboxClient sandbox,
            TrackingService tracking,
            TrackingFlusher flusher,
            EventOutbox outbox,
            OutboxRelay relay,
            AssessmentConfig config) {
        this.assessments = assessments;
        this.invitations = invitations;
        this.sandbox = sandbox;
        this.tracking = tracking;
        this.flusher = flusher;
        this.outbox = outbox;
        this.relay = relay;
        this.config = config;
    }

    /** The candidate submits: the files they send are written to the sandbox first, then the session ends. */
    @WithSpan("assessment.submit")
    public Uni<Submitted> submit(
            Caller caller, @SpanAttribute("skillslab.assessment.id") UUID id, String notes, List<SubmittedFile> files) {
        List<SubmittedFile> checked = checkFiles(files);
        if (notes != null && notes.length() > MAX_NOTES_CHARS) {
            throw new InvalidInputException("notes", "must be at most " + MAX_NOTES_CHARS + " characters");
        }
        Executor here = OnContext.current();
        return Panache.withSession(() -> assessments.findById(id))
                .map(a -> checkSubmittable(caller, id, a))
                .flatMap(a -> checked.isEmpty()
                        ? Uni.createFrom().item(a)
                        : sandbox.writeFiles(caller, id, checked).emitOn(here).replaceWith(a))
                .flatMap(a -> Panache.withTransaction(() -> assessments.claimSubmit(id, OffsetDateTime.now(), notes)))
                .flatMap(claimed -> claimed
                        ? complete(id, false, notes)
                        : Uni.createFrom()
                                .failure(new ConflictException(
                                        "already-submitted", "This assessment is already being submitted.")))
                .map(a -> new Submitted(a.id, a.status.value(), a.submittedAt));
    }

    private Assessment checkSubmittable(Caller caller, UUID id, Assessment a) {
        if (a == null || !a.isOwnedBy(caller.subject())) {
            throw AssessmentService.notFound(id);
        }
        a.checkSubmittable();
        OffsetDateTime latest = a.deadline.plus(config.sessions().submitGrace());
        if (OffsetDateTime.now().isAfter(latest)) {
            throw new ConflictException(
                    "deadline-passed",
                    "The deadline (" + a.deadline + ") has passed; the server submits the session automatically.");
        }
        return a;
    }

    /** At the deadline, with or without the browser: AssessmentExpired, then the submission with what the sandbox holds. */
    public Uni<Void> autoSubmit(UUID id) {
        return Panache.withTransaction(() -> assessments
                        .claimSubmit(id, OffsetDateTime.now(), null)
                        .flatMap(claimed -> claimed
                                ? assessments
                                        .findById(id)
                                        .flatMap(a -> outbox.add(
                                                        Topics.ASSESSMENT_LIFECYCLE,
                                                        AssessmentExpired.of(a.id, a.userId, a.deadline.toInstant()))
                                                .replaceWith(true))
                                : Uni.createFrom().item(false)))
                .flatMap(claimed -> {
                    if (!claimed) {
                        return Uni.createFrom().voidItem();
                    }
                    relay.kick();
                    return complete(id, true, null).replaceWithVoid();
                });
    }

    /**
     * Completes a claimed submission, resuming wherever an earlier try stopped. Gives up (status failed, which costs no
     * attempt) once the retry window has passed.
     */
    public Uni<Assessment> resume(UUID id) {
        return Panache.withSession(() -> assessments.findById(id)).flatMap(a -> {
            if (a == null || !a.is(AssessmentStatus.IN_PROGRESS) || a.submitClaimedAt == null) {
                return Uni.createFrom().item(a);
            }
            boolean auto = a.deadline != null && !a.submitClaimedAt.isBefore(a.deadline);
            return complete(id, auto, a.notes).onFailure().recoverWithUni(e -> giveUpIfTooLate(a, e));
        });
    }

    private Uni<Assessment> giveUpIfTooLate(Assessment a, Throwable e) {
        Duration window = config.sessions().completionRetryWindow();
        if (OffsetDateTime.now().isBefore(a.submitClaimedAt.plus(window))) {
            return Uni.createFrom().failure(e);
        }
        LOG.errorf("giving up the submission of %s after %s: %s", a.id, window, e.toString());
        return Panache.withTransaction(() -> assessments
                .findById(a.id)
                .invoke(fresh -> fresh.fail(
                        "The workspace could not be collected at submission; this attempt does not count.",
                        OffsetDateTime.now())));
    }

    private Uni<Assessment> complete(UUID id, boolean autoSubmitted, String notes) {
        Executor here = OnContext.current();
        return Panache.withSession(() -> assessments.findById(id))
                .flatMap(a -> tracking.close(a.id, a.userId).emitOn(here).replaceWith(a))
                .flatMap(a -> a.submission != null
                        ? Uni.createFrom().item(a)
                        : sandbox.finalizeSession(id).emitOn(here).flatMap(finalized -> storeSubmission(id, finalized)))
                // The sandbox numbered everything it recorded up to finalize: the record holds all of it (or says it
                // does not) before it is sealed.
                .flatMap(a -> tracking.awaitSandboxActivity(a.id, a.submission.activitySequence())
                        .emitOn(here)
                        .replaceWith(a))
                .flatMap(a -> tracking.seal(a.id, a.userId).emitOn(here).replaceWith(a))
                .flatMap(a -> flusher.flushFinal(id)
                        .emitOn(here)
                        .onFailure()
                        .invoke(e -> LOG.warnf("final tracking flush of %s failed: %s", id, e.toString()))
                        .onFailure()
                        .transform(e -> new UpstreamException(
                                "tracking-storage-unavailable",
                                "Your work is kept; the submission completes automatically once storage answers.")))
                .flatMap(objects -> Panache.withTransaction(
                        () -> assessments.findById(id).flatMap(a -> markSubmitted(a, autoSubmitted, notes, objects))))
                .invoke(relay::kick);
    }

    private Uni<Assessment> storeSubmission(UUID id, SandboxDtos.Finalized finalized) {
        return Panache.withTransaction(() -> assessments.findById(id).invoke(a -> {
            a.submission = new SubmissionDocument(
                    finalized.finalFiles(),
                    finalized.starterFiles(),
                    finalized.paths(),
                    finalized.hiddenTests() != null ? finalized.hiddenTests() : HiddenTestResults.none(),
                    finalized.activitySequence());
            a.updatedAt = OffsetDateTime.now();
        }));
    }

    private Uni<Assessment> markSubmitted(
            Assessment a, boolean autoSubmitted, String notes, List<TrackingObject> objects) {
        if (!a.is(AssessmentStatus.IN_PROGRESS)) {
            // An earlier try completed it already.
            return Uni.createFrom().item(a);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        a.submit(now, autoSubmitted, notes);
        // The invitation that led here is completed with its assessment.
        Uni<Void> invitation =
                a.invitationId == null ? Uni.createFrom().voidItem() : invitations.markCompleted(a.invitationId, now);
        return invitation
                .flatMap(ignored -> outbox.add(Topics.ASSESSMENT_LIFECYCLE, submittedEvent(a, objects)))
                .replaceWith(a);
    }

    static AssessmentSubmitted submittedEvent(Assessment a, List<TrackingObject> objects) {
        var t = a.taskSnapshot;
        var c = a.candidate;
        List<ObjectRef> tracking =
                objects.stream().map(o -> new ObjectRef(o.bucket, o.objectKey)).toList();
        SubmissionDocument s = a.submission;
        return new AssessmentSubmitted(
                UUID.randomUUID(),
                AssessmentSubmitted.TYPE,
                AssessmentSubmitted.SCHEMA_VERSION,
                Instant.now(),
                a.id,
                a.attemptNumber,
                a.invitationId,
                new AssessmentSubmitted.Candidate(c.userId(), c.email(), c.name(), c.userType()),
                new TaskSnapshot(
                        t.id(),
                        t.title(),
                        t.description(),
                        t.taskType(),
                        t.difficulty(),
                        t.timeLimitMinutes(),
                        t.isDefault(),
                        t.creatorId()),
                a.evaluationConfig,
                tracking,
                s.finalFiles(),
                s.starterFiles(),
                s.hiddenTests(),
                a.startedAt.toInstant(),
                a.submittedAt.toInstant(),
                a.timeSpentSeconds,
                a.autoSubmitted,
                a.notes);
    }

    static List<SubmittedFile> checkFiles(List<SubmittedFile> files) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException("files", "at most " + MAX_FILES + " files may be submitted");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            SubmittedFile file = files.get(i);
            String at = "files[" + i + "]";
            if (file == null) {
                errors.add(new InvalidInputException.FieldError(at, "must be an object {path, content}"));
                continue;
            }
            String path = file.path();
            if (path == null || path.length() > 500 || !SAFE_PATH.matcher(path).matches() || hasDotSegment(path)) {
                errors.add(new InvalidInputException.FieldError(
                        at + ".path", "must be a relative path inside the workspace"));
            } else if (!seen.add(path)) {
                errors.add(new InvalidInputException.FieldError(at + ".path", "appears twice"));
            }
            if (file.content() == null) {
                errors.add(new InvalidInputException.FieldError(at + ".content", "is required"));
            } else if (file.content().length() > MAX_FILE_CHARS) {
                errors.add(new InvalidInputException.FieldError(
                        at + ".content", "must be at most " + MAX_FILE_CHARS + " characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some submitted files are invalid", errors);
        }
        return files;
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..") || segment.isBlank()) {
                return true;
            }
        }
        return false;
    }
}

package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.client.TaskClient;
import ai.smartsuccess.skillslab.assessment.client.TaskDetailResponse;
import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.messaging.OutboxRelay;
import ai.smartsuccess.skillslab.assessment.service.InvitationAddressList.Line;
import ai.smartsuccess.skillslab.assessment.service.InvitationService.NewInvitation;
import ai.smartsuccess.skillslab.assessment.service.InvitationService.Options;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.BulkCreated;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.BulkFailed;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.BulkResult;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.RowProblem;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException.FieldError;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import ai.smartsuccess.skillslab.platform.problem.Problems;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Many invitations to one of the caller's tasks at once, from a pasted list ({@link InvitationAddressList}). Each line
 * that names a valid address becomes an invitation exactly as a single one does ({@link InvitationService#store}: its
 * own transaction, InvitationCreated, the email); a line that fails stores nothing and is answered with its problem, so
 * the others go ahead. What concerns the whole request (the task, the shared options, the size of the list) is checked
 * before any line is stored.
 */
@ApplicationScoped
public class BulkInvitationService {

    /** Far more than the most addresses allowed can take; a longer text is refused before it is read. */
    static final int MAX_TEXT_CHARS = 200_000;

    private static final Logger LOG = Logger.getLogger(BulkInvitationService.class);

    private final InvitationService invitations;
    private final TaskClient tasks;
    private final OutboxRelay relay;
    private final AssessmentConfig config;

    BulkInvitationService(InvitationService invitations, TaskClient tasks, OutboxRelay relay, AssessmentConfig config) {
        this.invitations = invitations;
        this.tasks = tasks;
        this.relay = relay;
        this.config = config;
    }

    /** What a business asks for when it invites a list of people; the options apply to every line. */
    public record NewBulkInvitation(
            UUID taskId,
            String addresses,
            String message,
            OffsetDateTime expiresAt,
            Boolean allowRetakes,
            String locale,
            Boolean allowResultSharing) {}

    public Uni<BulkResult> create(Caller caller, NewBulkInvitation input) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<FieldError> errors = new ArrayList<>();
        if (input.taskId() == null) {
            errors.add(new FieldError("taskId", "is required"));
        }
        List<Line> lines = readLines(input.addresses(), errors);
        Options options = invitations.options(input.message(), input.expiresAt(), input.locale(), now, errors);
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).field() + " " + errors.get(0).message()
                    : "The bulk invitation is invalid";
            throw new InvalidInputException(detail, errors);
        }
        Executor here = OnContext.current();
        return tasks.anyTask(input.taskId())
                .emitOn(here)
                .invoke(task -> InvitationService.checkInvitable(caller, task))
                .flatMap(task ->
                        inviteAll(caller, task, lines, options, input.allowRetakes(), input.allowResultSharing(), now))
                .invoke(result -> {
                    if (!result.created().isEmpty()) {
                        relay.kick();
                    }
                });
    }

    private List<Line> readLines(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("addresses", "is required"));
            return List.of();
        }
        if (text.length() > MAX_TEXT_CHARS) {
            errors.add(new FieldError("addresses", "must be at most " + MAX_TEXT_CHARS + " characters"));
            return List.of();
        }
        List<Line> lines = InvitationAddressList.parse(text);
        int limit = config.invitations().bulkLimit();
        if (lines.isEmpty()) {
            errors.add(new FieldError("addresses", "lists no address"));
        } else if (lines.size() > limit) {
            errors.add(new FieldError(
                    "addresses",
                    "must list at most " + limit + " addresses, one per line; this list has " + lines.size()));
        }
        return lines;
    }

    /** Line after line, each in its own transaction; a failed line is recorded and the next one goes ahead. */
    private Uni<BulkResult> inviteAll(
            Caller caller,
            TaskDetailResponse task,
            List<Line> lines,
            Options options,
            Boolean allowRetakes,
            Boolean allowResultSharing,
            OffsetDateTime now) {
        List<BulkCreated> created = new ArrayList<>();
        List<BulkFailed> failed = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Line line : lines) {
            if (line.problem() != null) {
                failed.add(failure(line, line.problem().type, line.problem().title, line.detail()));
                continue;
            }
            Integer earlier = firstRowOf.putIfAbsent(line.email().toLowerCase(Locale.ROOT), line.row());
            if (earlier != null) {
                failed.add(failure(
                        line,
                        "duplicate-address",
                        "Duplicate address",
                        "This address is also on line " + earlier + "; it is invited once."));
                continue;
            }
            NewInvitation one = new NewInvitation(
                    task.id(),
                    line.email(),
                    line.name(),
                    options.message(),
                    options.expiresAt(),
                    allowRetakes,
                    options.locale(),
                    allowResultSharing);
            chain = chain.flatMap(ignored -> invitations
                    .store(caller, task, one, now)
                    .onItem()
                    .invoke(stored -> created.add(new BulkCreated(line.row(), line.email(), stored.invitationId())))
                    .replaceWithVoid()
                    .onFailure()
                    .recoverWithItem(e -> {
                        failed.add(failure(line, e, task));
                        return null;
                    }));
        }
        return chain.map(ignored -> new BulkResult(
                List.copyOf(created),
                failed.stream().sorted(Comparator.comparingInt(BulkFailed::row)).toList()));
    }

    private static BulkFailed failure(Line line, Throwable e, TaskDetailResponse task) {
        if (e instanceof ConflictException conflict && InvitationService.PENDING.equals(conflict.kind())) {
            return failure(line, InvitationService.PENDING, "Invitation already waiting", conflict.detail());
        }
        if (e instanceof ConflictException conflict && PlanLimits.PROBLEM_TYPE.equals(conflict.kind())) {
            // The lines before this one used up the month's invitations; this one and the rest are not sent.
            return failure(line, PlanLimits.PROBLEM_TYPE, "Plan limit reached", conflict.detail());
        }
        if (e instanceof TooManyRequestsException quota && InvitationQuota.PROBLEM_TYPE.equals(quota.kind())) {
            // The lines before this one used up today's quota; this one and the rest are not sent.
            return failure(line, InvitationQuota.PROBLEM_TYPE, "Daily invitation limit reached", quota.detail());
        }
        // Nothing of this line was stored (its transaction rolled back); the sender can try it again.
        LOG.errorf(e, "inviting line %d of a bulk invitation to task %s failed", line.row(), task.id());
        ProblemKind internal = ProblemKind.INTERNAL;
        return failure(line, internal.type(), internal.title(), "This line was not invited; try it again later.");
    }

    private static BulkFailed failure(Line line, String type, String title, String detail) {
        return new BulkFailed(line.row(), line.input(), new RowProblem(Problems.TYPE_BASE + type, title, detail));
    }
}

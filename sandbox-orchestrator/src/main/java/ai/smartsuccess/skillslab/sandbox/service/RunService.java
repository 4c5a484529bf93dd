package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunResult;
import ai.smartsuccess.skillslab.sandbox.service.SandboxViews.RunStatus;
import ai.smartsuccess.skillslab.sandbox.workspace.RunCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** The Run tab: commands in the candidate's own live sandbox, with a time limit, a Stop, and a record of each. */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);
    /**
     * A run that had not started its process yet when the sandbox was searched is searched for again: Stop tries this
     * often, waiting this long each time for the stopped runs to end.
     */
    private static final int STOP_ATTEMPTS = 10;

    private static final Duration STOP_WAIT = Duration.ofMillis(300);

    private final SessionAccess access;
    private final RunCommands commands;
    private final ActiveRuns active;
    private final CommandRecorder recorder;
    private final RunExecutor executor;
    private final SandboxConfig.Limits limits;
    private final SandboxConfig.Admission admission;

    RunService(
            SessionAccess access,
            RunCommands commands,
            ActiveRuns active,
            CommandRecorder recorder,
            RunExecutor executor,
            SandboxConfig config) {
        this.access = access;
        this.commands = commands;
        this.active = active;
        this.recorder = recorder;
        this.executor = executor;
        this.limits = config.sandbox().limits();
        this.admission = config.sandbox().admission();
    }

    /** Runs a shell command in the session's sandbox, with the run time limit, and records it as a test run. */
    public Uni<RunResult> run(Caller caller, UUID id, String command) {
        if (command.indexOf('\0') >= 0) {
            throw WorkspaceService.invalid("command", "must not contain NUL characters");
        }
        return access.requireLive(caller, id).flatMap(session -> {
            // A third concurrent run of the session is refused (429) before it takes a thread.
            ActiveRuns.Run run = active.begin(id);
            return Blocking.call(
                            executor,
                            () -> {
                                ExecResult result;
                                try {
                                    result = commands.run(
                                            id,
                                            command,
                                            limits.runTimeout(),
                                            limits.runOutputBytes(),
                                            session.deadline.toInstant());
                                } finally {
                                    active.end(id, run);
                                }
                                boolean stopped = run.stopRequested() && !result.timedOut();
                                recorder.testRun(
                                        id,
                                        command,
                                        result.exitCode(),
                                        result.durationMs(),
                                        result.timedOut(),
                                        stopped);
                                return new RunResult(
                                        result.exitCode(),
                                        result.stdoutText(),
                                        result.stderrText(),
                                        result.durationMs(),
                                        result.truncated(),
                                        result.timedOut(),
                                        stopped,
                                        timeLimitSeconds());
                            },
                            () -> new LimitExceededException(
                                    LimitExceededException.Scope.HOST,
                                    "run-capacity",
                                    executor.threads(),
                                    admission.retryAfter(),
                                    "The platform is running as many commands as it can right now. Try again in a"
                                            + " moment."))
                    .onFailure(LimitExceededException.class)
                    .invoke(() -> active.end(id, run));
        });
    }

    /** The time limit of a run, and whether one of the session's runs is under way (on this instance). */
    public Uni<RunStatus> status(Caller caller, UUID id) {
        return access.requireOwner(caller, id).map(session -> new RunStatus(timeLimitSeconds(), active.running(id)));
    }

    /**
     * Kills the session's running commands, each with its whole process group; their pending requests answer with
     * {@code stopped}. Nothing running, or a session that has ended (its processes are stopped already), is fine.
     */
    public Uni<Void> stop(Caller caller, UUID id) {
        return access.requireOwner(caller, id).flatMap(session -> {
            if (!SessionAccess.isLive(session)) {
                return Uni.createFrom().voidItem();
            }
            Instant notAfter = session.deadline.toInstant();
            return Blocking.run(() -> stopAll(id, notAfter));
        });
    }

    private void stopAll(UUID id, Instant notAfter) {
        CompletableFuture<Void> ended = active.stop(id);
        for (int attempt = 0; attempt < STOP_ATTEMPTS; attempt++) {
            commands.stopAll(id, notAfter);
            try {
                ended.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                // searched again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                return;
            }
        }
        LOG.warnf("runs of session %s still running after %d stops", id, STOP_ATTEMPTS);
    }

    private long timeLimitSeconds() {
        return limits.runTimeout().toSeconds();
    }
}

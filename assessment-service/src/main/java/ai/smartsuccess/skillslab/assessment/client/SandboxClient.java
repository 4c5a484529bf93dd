package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.platform.error.ApiException;
import ai.smartsuccess.skillslab.platform.error.CapacityException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sessions' sandboxes: provision at start, write submitted files, finalize at submit.
 *
 * <p>Every call has a timeout sized to its work and a circuit breaker of its own. Calls are retried only when no
 * connection could be made (the request never reached the sandbox), never after a timeout or an answer: a finalize
 * that timed out may still be running its hidden tests. Whatever fails reaches the caller as {@code sandbox-unavailable}
 * (502, or 504 on a timeout), including the fast failure of an open circuit; the sandbox's own refusals and a refused
 * file pass through as they are.
 */
@ApplicationScoped
public class SandboxClient {

    private static final String UNAVAILABLE = "sandbox-unavailable";

    private final SandboxInternalApi internal;
    private final SandboxFilesApi files;

    SandboxClient(@RestClient SandboxInternalApi internal, @RestClient SandboxFilesApi files) {
        this.internal = internal;
        this.files = files;
    }

    /**
     * The sandbox's own refusals reach the candidate as they are: too many live sandboxes of theirs (429) or a full
     * platform (503), with the sandbox's reason and {@code Retry-After}. They are answers, not failures, so they do not
     * open the circuit. Provisioning is keyed by the assessment (a repeat returns the sandbox already made).
     */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ConnectException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.8,
            delay = 5000,
            skipOn = {TooManyRequestsException.class, CapacityException.class})
    @CircuitBreakerName("sandbox-provision")
    @Fallback(fallbackMethod = "provisionFailed", skipOn = ApiException.class)
    public Uni<SandboxDtos.Provisioned> provision(UUID assessmentId, UUID taskId, String ownerId, Instant deadline) {
        return internal.provision(new SandboxDtos.ProvisionRequest(assessmentId, taskId, ownerId, deadline))
                .onFailure()
                .transform(SandboxRefusals::orFailure);
    }

    /**
     * Runs the hidden tests (the sandbox gives a suite at most 60 s) before it answers: the REST client's read timeout
     * (150 s) ends a stuck one first. Idempotent on the sandbox's side: a repeat joins the finalize under way or returns
     * the stored result.
     */
    @Timeout(value = 170, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("sandbox-finalize")
    @Fallback(fallbackMethod = "finalizeFailed", skipOn = ApiException.class)
    public Uni<SandboxDtos.Finalized> finalizeSession(UUID assessmentId) {
        return internal.finalizeSession(assessmentId);
    }

    /** Ends a session's sandbox without collecting anything (the session was abandoned); idempotent. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("sandbox-destroy")
    @Fallback(fallbackMethod = "destroyFailed", skipOn = ApiException.class)
    public Uni<Void> destroy(UUID assessmentId) {
        return internal.destroy(assessmentId);
    }

    /**
     * Writes the files one by one, in order; the first failure stops the submission. At most a workspace's worth of
     * small files, well within the timeout; writing a file again with the same content changes nothing.
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000, skipOn = InvalidInputException.class)
    @CircuitBreakerName("sandbox-files-write")
    @Fallback(fallbackMethod = "writeFilesFailed", skipOn = ApiException.class)
    public Uni<Void> writeFiles(Caller caller, UUID assessmentId, List<SubmittedFile> submitted) {
        return Multi.createFrom()
                .iterable(submitted)
                .onItem()
                .transformToUniAndConcatenate(file -> files.write(
                                assessmentId,
                                encodePath(file.path()),
                                caller.bearer(),
                                new SandboxDtos.FileContent(file.content()))
                        .onFailure()
                        .transform(e -> rejected(file.path(), e)))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** For a page the candidate is waiting for: no longer than the page waits. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("sandbox-files-list")
    @Fallback(fallbackMethod = "listFilesFailed", skipOn = ApiException.class)
    public Uni<List<SandboxDtos.FileEntry>> listFiles(Caller caller, UUID assessmentId) {
        return files.list(assessmentId, caller.bearer())
                .map(listing -> listing.entries() == null ? List.<SandboxDtos.FileEntry>of() : listing.entries());
    }

    /**
     * One text file of the workspace, for the offline assistant's turn: no longer than a chat waits. A file the sandbox
     * will not give (gone since the listing, not text, too large: a 4xx) is null, not a failure.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("sandbox-files-read")
    @Fallback(fallbackMethod = "readFileFailed", skipOn = ApiException.class)
    public Uni<SandboxDtos.FileText> readFile(Caller caller, UUID assessmentId, String path) {
        return files.read(assessmentId, encodePath(path), caller.bearer())
                .onFailure(e -> e instanceof WebApplicationException web
                        && web.getResponse().getStatus() >= 400
                        && web.getResponse().getStatus() < 500)
                .recoverWithNull();
    }

    private Uni<SandboxDtos.FileText> readFileFailed(Caller caller, UUID assessmentId, String path, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox did not give the file", failure));
    }

    private Uni<SandboxDtos.Provisioned> provisionFailed(
            UUID assessmentId, UUID taskId, String ownerId, Instant deadline, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox could not be started", failure));
    }

    private Uni<SandboxDtos.Finalized> finalizeFailed(UUID assessmentId, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox could not be finalized", failure));
    }

    private Uni<Void> destroyFailed(UUID assessmentId, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox could not be destroyed", failure));
    }

    private Uni<Void> writeFilesFailed(
            Caller caller, UUID assessmentId, List<SubmittedFile> submitted, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox did not take the submitted files", failure));
    }

    private Uni<List<SandboxDtos.FileEntry>> listFilesFailed(Caller caller, UUID assessmentId, Throwable failure) {
        return Uni.createFrom().failure(unavailable("The sandbox did not list the files", failure));
    }

    static String encodePath(String path) {
        return Arrays.stream(path.split("/"))
                .map(segment ->
                        URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** A file the sandbox refuses is the candidate's to fix; any other failure is left to the fault tolerance. */
    private static Throwable rejected(String path, Throwable e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400 || status == 413 || status == 422) {
                return new InvalidInputException("files", "The sandbox refused the file '" + path + "'");
            }
        }
        return e;
    }

    private static RuntimeException unavailable(String message, Throwable failure) {
        return UpstreamFailures.of(UNAVAILABLE, message + "; try again.", failure);
    }

    /** A file the candidate submits, written to the sandbox before it is finalized. */
    public record SubmittedFile(String path, String content) {}
}

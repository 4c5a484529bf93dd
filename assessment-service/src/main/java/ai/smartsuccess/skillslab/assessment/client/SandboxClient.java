package ai.smartsuccess.skillslab.assessment.client;

import ai.smartsuccess.skillslab.platform.error.CapacityException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.TooManyRequestsException;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Sessions' sandboxes: provision at start, write submitted files, finalize at submit. */
@ApplicationScoped
public class SandboxClient {

    private final SandboxInternalApi internal;
    private final SandboxFilesApi files;

    SandboxClient(@RestClient SandboxInternalApi internal, @RestClient SandboxFilesApi files) {
        this.internal = internal;
        this.files = files;
    }

    /**
     * The sandbox's own refusals reach the candidate as they are: too many live sandboxes of theirs (429) or a full
     * platform (503), with the sandbox's reason and {@code Retry-After}. They are answers, not failures, so they do not
     * open the circuit.
     */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.8,
            delay = 5000,
            skipOn = {TooManyRequestsException.class, CapacityException.class})
    @CircuitBreakerName("sandbox-provision")
    public Uni<SandboxDtos.Provisioned> provision(UUID assessmentId, UUID taskId, String ownerId, Instant deadline) {
        return internal.provision(new SandboxDtos.ProvisionRequest(assessmentId, taskId, ownerId, deadline))
                .onFailure()
                .transform(
                        e -> SandboxRefusals.of(e).orElseGet(() -> unavailable("The sandbox could not be started", e)));
    }

    @Timeout(value = 170, unit = ChronoUnit.SECONDS)
    public Uni<SandboxDtos.Finalized> finalizeSession(UUID assessmentId) {
        return internal.finalizeSession(assessmentId)
                .onFailure()
                .transform(e -> unavailable("The sandbox could not be finalized", e));
    }

    /** Ends a session's sandbox without collecting anything (the session was abandoned); idempotent. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public Uni<Void> destroy(UUID assessmentId) {
        return internal.destroy(assessmentId)
                .onFailure()
                .transform(e -> unavailable("The sandbox could not be destroyed", e));
    }

    /** Writes the files one by one, in order; the first failure stops the submission. */
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

    public Uni<List<SandboxDtos.FileEntry>> listFiles(Caller caller, UUID assessmentId) {
        return files.list(assessmentId, caller.bearer())
                .map(listing -> listing.entries() == null ? List.<SandboxDtos.FileEntry>of() : listing.entries());
    }

    static String encodePath(String path) {
        return Arrays.stream(path.split("/"))
                .map(segment ->
                        URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static RuntimeException rejected(String path, Throwable e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400 || status == 413 || status == 422) {
                return new InvalidInputException("files", "The sandbox refused the file '" + path + "'");
            }
        }
        return unavailable("The sandbox did not take the submitted files", e);
    }

    private static UpstreamException unavailable(String message, Throwable e) {
        boolean timeout = e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                || (e instanceof ProcessingException && e.getCause() instanceof java.util.concurrent.TimeoutException);
        return new UpstreamException("sandbox-unavailable", message + "; try again.", timeout);
    }

    /** A file the candidate submits, written to the sandbox before it is finalized. */
    public record SubmittedFile(String path, String content) {}
}

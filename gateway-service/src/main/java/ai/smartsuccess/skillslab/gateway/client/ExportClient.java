package ai.smartsuccess.skillslab.gateway.client;

import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fetches the caller's data for their export, with their own token: from assessment-service their assessments, from
 * sandbox-orchestrator the files they wrote.
 */
@ApplicationScoped
public class ExportClient {

    private final ExportApi assessments;
    private final SandboxExportApi files;

    ExportClient(@RestClient ExportApi assessments, @RestClient SandboxExportApi files) {
        this.assessments = assessments;
        this.files = files;
    }

    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("assessment-service-export")
    public Uni<JsonNode> assessments(Caller caller) {
        return assessments.export(caller.bearer());
    }

    /** The ZIP of the caller's files ({@code <assessmentId>/<path>}, {@code manifest.json}). */
    @Timeout(value = 45, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("sandbox-orchestrator-export")
    public Uni<byte[]> files(Caller caller) {
        return files.export(caller.bearer());
    }
}

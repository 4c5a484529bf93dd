package ai.smartsuccess.skillslab.gateway.client;

import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks the services that enforce plan limits how much of them a business used. A usage panel is not worth an error page:
 * a service that does not answer (after a retry, within the timeout, or while its circuit is open) leaves its count
 * empty.
 */
@ApplicationScoped
public class UsageClient {

    private static final Logger LOG = Logger.getLogger(UsageClient.class);

    private final UsageApis.Tasks tasks;
    private final UsageApis.Invitations invitations;

    UsageClient(@RestClient UsageApis.Tasks tasks, @RestClient UsageApis.Invitations invitations) {
        this.tasks = tasks;
        this.invitations = invitations;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("task-service-usage")
    @Fallback(fallbackMethod = "unknown")
    public Uni<Optional<Long>> activeTasks(Caller caller) {
        return tasks.usage(caller.bearer()).map(usage -> Optional.of(usage.used()));
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    @CircuitBreakerName("assessment-service-usage")
    @Fallback(fallbackMethod = "unknown")
    public Uni<Optional<Long>> invitationsThisMonth(Caller caller) {
        return invitations.usage(caller.bearer()).map(usage -> Optional.of(usage.used()));
    }

    private Uni<Optional<Long>> unknown(Caller caller, Throwable failure) {
        LOG.warnf("plan usage not available: %s", failure.toString());
        return Uni.createFrom().item(Optional.empty());
    }
}

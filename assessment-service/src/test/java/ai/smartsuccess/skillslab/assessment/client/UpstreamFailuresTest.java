package ai.smartsuccess.skillslab.assessment.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.problem.ProblemKind;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** Every way a call can fail reaches the caller as the callee's problem: 504 for a timeout, 502 for the rest. */
class UpstreamFailuresTest {

    @Test
    void a_timeout_of_the_fault_tolerance_or_of_the_rest_client_is_a_504() {
        assertThat(mapped(new TimeoutException("took too long")).problemKind()).isEqualTo(ProblemKind.UPSTREAM_TIMEOUT);
        assertThat(mapped(new ProcessingException(new java.util.concurrent.TimeoutException("read timed out")))
                        .problemKind())
                .isEqualTo(ProblemKind.UPSTREAM_TIMEOUT);
    }

    @Test
    void an_open_circuit_a_refused_connection_or_an_error_answer_is_a_502_of_the_callee() {
        for (Throwable failure : new Throwable[] {
            new CircuitBreakerOpenException("open"),
            new ProcessingException(new ConnectException("Connection refused")),
            new jakarta.ws.rs.WebApplicationException(500)
        }) {
            UpstreamException mapped = mapped(failure);
            assertThat(mapped.problemKind()).isEqualTo(ProblemKind.UPSTREAM_FAILURE);
            assertThat(mapped.kind()).isEqualTo("sandbox-unavailable");
            assertThat(mapped.detail()).isEqualTo("The sandbox could not be started; try again.");
        }
    }

    private static UpstreamException mapped(Throwable failure) {
        return UpstreamFailures.of("sandbox-unavailable", "The sandbox could not be started; try again.", failure);
    }
}

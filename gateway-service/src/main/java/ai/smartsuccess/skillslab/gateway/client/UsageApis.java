package ai.smartsuccess.skillslab.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The plan usage endpoints of the services that enforce a limit, called with the business's own token. */
public final class UsageApis {

    /** What a service answers: the plan it enforces for the caller, and the usage of its own limit. */
    public record LimitUsage(String plan, String limit, long used, int max) {}

    @RegisterRestClient(configKey = "task-service")
    @Path("/api/tasks/plan-usage")
    public interface Tasks {
        @GET
        Uni<LimitUsage> usage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
    }

    @RegisterRestClient(configKey = "assessment-service")
    @Path("/api/invitations/plan-usage")
    public interface Invitations {
        @GET
        Uni<LimitUsage> usage(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
    }

    private UsageApis() {}
}

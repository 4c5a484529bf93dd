package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.AuditLog;
import ai.smartsuccess.skillslab.gateway.service.AuditLog.AuditPage;
import ai.smartsuccess.skillslab.gateway.service.AuditLog.AuditQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit trail, for operators. */
@Path("/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    private final AuditLog log;

    AdminAuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(
            summary = "Read the audit trail",
            description = "Admins only (403 for anyone else). Entries newest first: who (actorId and actorRole, or"
                    + " actorService), what (action, targetType, targetId, outcome), when (occurredAt) and from where"
                    + " (clientAddress as the gateway determined it, userAgent). Every filter is optional and they"
                    + " combine; 400 problem+json naming the field for a malformed one.")
    public Uni<AuditPage> list(
            @Parameter(description = "the actor's user id (OIDC subject)") @QueryParam("actor") String actor,
            @Parameter(description = "an action, e.g. task.published") @QueryParam("action") String action,
            @Parameter(description = "e.g. task, invitation, assessment, account") @QueryParam("targetType")
                    String targetType,
            @Parameter(description = "the target's id") @QueryParam("targetId") String targetId,
            @Parameter(description = "ISO-8601 time, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 time, exclusive") @QueryParam("to") String to,
            @Parameter(description = "page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "entries per page, 1 to 200 (default 50)") @QueryParam("size") Integer size) {
        return log.search(new AuditQuery(actor, action, targetType, targetId, from, to, page, size));
    }
}

package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.PersonalExportService;
import ai.smartsuccess.skillslab.gateway.service.PersonalExportService.PersonalDataExport;
import ai.smartsuccess.skillslab.gateway.service.ProfileService;
import ai.smartsuccess.skillslab.gateway.service.ProfileService.Me;
import ai.smartsuccess.skillslab.gateway.service.ProfileUpdate;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The signed-in user's own account. */
@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    ProfileService profiles;

    @Inject
    PersonalExportService exports;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The signed-in user's profile (same as GET /api/auth/me)")
    public Uni<Me> get() {
        return profiles.me(caller.get());
    }

    @GET
    @Path("/export")
    @Operation(
            summary = "A copy of the signed-in user's data, as one JSON document",
            description = "The account, and from assessment-service the user's assessments (task, notes, chat, score"
                    + " report as they see it; never hidden tests or another user's data) and the invitations they"
                    + " received. Older assessments beyond the size limit are left out, and assessments.truncated"
                    + " and assessments.note say so. 502 export-unavailable when a service does not answer.")
    public Uni<RestResponse<PersonalDataExport>> export() {
        return exports.export(caller.get())
                .map(export -> RestResponse.ResponseBuilder.ok(export)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"skills-lab-export-"
                                        + export.exportedAt().toLocalDate() + ".json\"")
                        .build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update names, and company details of a business account")
    public Uni<Me> update(@Valid @NotNull ProfileUpdate update) {
        return profiles.update(caller.get(), update);
    }

    @DELETE
    @Operation(summary = "Delete the account: personal data erased or anonymized everywhere")
    public Uni<Response> delete() {
        return profiles.delete(caller.get()).map(ignored -> Response.noContent().build());
    }
}

package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.ExportArchive;
import ai.smartsuccess.skillslab.gateway.service.PersonalExportService;
import ai.smartsuccess.skillslab.gateway.service.PersonalExportService.PersonalDataExport;
import ai.smartsuccess.skillslab.gateway.service.ProfileService;
import ai.smartsuccess.skillslab.gateway.service.ProfileService.Me;
import ai.smartsuccess.skillslab.gateway.service.ProfileUpdate;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Produces({MediaType.APPLICATION_JSON, MeResource.ZIP})
    @Operation(
            summary = "A copy of the signed-in user's data: one JSON document, or with Accept: application/zip a ZIP"
                    + " that also holds the files they wrote",
            description = "The account, and from assessment-service the user's assessments (task, notes, chat, score"
                    + " report as they see it; never hidden tests or another user's data) and the invitations they"
                    + " received. Older assessments beyond the size limit are left out, and assessments.truncated"
                    + " and assessments.note say so. With Accept: application/zip the answer is a ZIP of export.json"
                    + " (that document) and files/<assessmentId>/<path>, the files of each of the user's sandbox"
                    + " sessions from sandbox-orchestrator (final files once submitted, else the latest saved"
                    + " workspace), with files/manifest.json naming their source and what was left out to stay"
                    + " within its size limit. 502 export-unavailable when a service does not answer: never a"
                    + " partial export.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PersonalDataExport.class)),
                @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Uni<Response> export(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (!wantsZip(accept)) {
            return exports.export(caller.get())
                    .map(export -> Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
                            .header("Content-Disposition", attachment(export, "json"))
                            .build());
        }
        return exports.archive(caller.get())
                // The ZIP is written by a worker thread, which may wait for the client to take what was sent.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(parts -> Response.ok(
                                (StreamingOutput) out -> ExportArchive.write(out, parts.exportJson(), parts.filesZip()),
                                ZIP)
                        .header("Content-Disposition", attachment(parts.export(), "zip"))
                        .build());
    }

    static final String ZIP = "application/zip";

    /** Whether the Accept header asks for the ZIP (JSON stays the answer to anything else). */
    static boolean wantsZip(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            if (!ZIP.equalsIgnoreCase(parts[0].trim())) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().replace(" ", "");
                if (parameter.matches("(?i)q=0(\\.0*)?")) {
                    refused = true;
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static String attachment(PersonalDataExport export, String extension) {
        return "attachment; filename=\"skills-lab-export-" + export.exportedAt().toLocalDate() + "." + extension + "\"";
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

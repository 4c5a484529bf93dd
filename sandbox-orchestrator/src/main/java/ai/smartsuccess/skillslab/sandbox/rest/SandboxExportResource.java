package ai.smartsuccess.skillslab.sandbox.rest;

import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import ai.smartsuccess.skillslab.sandbox.service.FilesExportService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The files the caller wrote, for their personal data export (the gateway's {@code GET /api/me/export} with {@code
 * Accept: application/zip} asks for it with the caller's token).
 */
@Path("/api/sandbox/export")
@Authenticated
public class SandboxExportResource {

    public static final String ZIP = "application/zip";

    @Inject
    FilesExportService exports;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(ZIP)
    @Operation(
            summary = "The caller's own files from every sandbox session they had, as a ZIP",
            description = "One folder per assessment, <assessmentId>/<path>: the final files of a submitted session,"
                    + " else the latest periodic snapshot of its workspace (at most a minute old). manifest.json says"
                    + " which source each folder comes from, which files the snapshot did not keep, and which"
                    + " sessions were left out to stay within the size limit (truncated, omitted, note). Only the"
                    + " token's subject's sessions; never hidden tests. An empty export is a ZIP with the manifest"
                    + " alone. 502 export-unavailable when the files cannot be read.")
    @APIResponse(
            responseCode = "200",
            description = "The ZIP",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> export() {
        return exports.export(caller.get())
                .map(export -> Response.ok(export.zip(), ZIP)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"skills-lab-files-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"")
                        .build());
    }
}

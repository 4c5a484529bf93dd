package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.results.ResultShareService;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.Share;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** The owner publishes the result of a scored attempt at a public address, and takes it back. */
@Path("/api/assessments/{id}/share")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ResultShareResource {

    /** {@code nameDisplay}: how the public result names the candidate. */
    @Schema(name = "ShareResultInput")
    public record ShareRequest(
            @Schema(enumeration = {"full", "initials", "hidden"})
            String nameDisplay) {}

    @Inject
    ResultShareService shares;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish the result of the caller's scored attempt (or change how it names them)",
            description = "201 when it becomes public, 200 when it already was (the share id stays, the name follows"
                    + " the new choice, taken from the caller's token now). 409 not-scored before a score exists; 403"
                    + " sharing-not-allowed for an invited attempt whose invitation does not allow it; anyone else's"
                    + " attempt 404.")
    @APIResponse(
            responseCode = "201",
            description = "Now public",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Share.class)))
    @APIResponse(
            responseCode = "200",
            description = "Was public already; updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Share.class)))
    public Uni<RestResponse<Share>> share(@PathParam("id") UUID id, ShareRequest request) {
        if (request == null) {
            throw new InvalidInputException("nameDisplay", "is required");
        }
        return shares.share(caller.get(), id, request.nameDisplay())
                .map(shared -> RestResponse.ResponseBuilder.<Share>create(shared.created() ? 201 : 200)
                        .entity(shared.share())
                        .build());
    }

    @GET
    @Operation(
            summary = "The attempt's public result, if it is shared",
            description = "404 when it is not shared; 403 sharing-not-allowed when its invitation does not allow it.")
    public Uni<Share> current(@PathParam("id") UUID id) {
        return shares.current(caller.get(), id);
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(summary = "Take the result back: its public page, JSON, badge and card answer 404 from now on")
    public Uni<Void> revoke(@PathParam("id") UUID id) {
        return shares.revoke(caller.get(), id);
    }
}

package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.BulkInvitationService;
import ai.smartsuccess.skillslab.assessment.service.BulkInvitationService.NewBulkInvitation;
import ai.smartsuccess.skillslab.assessment.service.InvitationResendService;
import ai.smartsuccess.skillslab.assessment.service.InvitationService;
import ai.smartsuccess.skillslab.assessment.service.InvitationService.NewInvitation;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Accepted;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Access;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.BulkResult;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Created;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.InvitationList;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Link;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Resent;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** Invitations: sent and managed by businesses; opened (publicly) and accepted (signed in) through the link. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @Inject
    InvitationResendService resending;

    @Inject
    BulkInvitationService bulk;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed("business")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            summary = "Invite a candidate by email to one of the caller's tasks",
            description = "Answers the access link once; only a hash of its token is stored. The email is sent by"
                    + " notification-service from the InvitationCreated event. Past the business's daily quota"
                    + " (skillslab.invitations.daily-quota, 100): 429 invitation-quota-reached with limit, used,"
                    + " resetsAt and Retry-After. Names and messages with control characters or text-direction"
                    + " overrides: 400 naming the field.")
    public Uni<Created> create(InvitationRequests.Create request) {
        if (request == null) {
            throw new InvalidInputException("taskId", "is required");
        }
        return invitations.create(
                caller.get(),
                new NewInvitation(
                        request.taskId(),
                        request.recipientEmail(),
                        request.recipientName(),
                        request.message(),
                        request.expiresAt(),
                        request.allowRetakes(),
                        request.locale(),
                        request.allowResultSharing()));
    }

    @POST
    @Path("/bulk")
    @RolesAllowed("business")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Invite a pasted list of people, one per line, to one of the caller's tasks",
            description = "Each line becomes an invitation exactly as a single one does (InvitationCreated, the email);"
                    + " a line that cannot (invalid-email, invalid-name, invalid-row, duplicate-address: the address"
                    + " is on an earlier line, invitation-pending: one to this task already waits for it,"
                    + " plan-limit-reached and invitation-quota-reached: the month's or the day's invitations are"
                    + " used up) is stored"
                    + " nowhere and listed in failed with its problem, and the others go ahead. 200 when every line"
                    + " was invited, 207 when some were not. At most skillslab.invitations.bulk-limit (200) lines, or"
                    + " 400 on addresses naming the limit; the task as for a single invitation (another business's:"
                    + " 404). Links are not in the answer: GET /api/invitations/{id}/link copies one.")
    @APIResponse(
            responseCode = "200",
            description = "Every line was invited",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "207",
            description = "Some lines were not invited: failed says which and why",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkResult.class)))
    public Uni<RestResponse<BulkResult>> createBulk(InvitationRequests.Bulk request) {
        if (request == null) {
            throw new InvalidInputException("taskId", "is required");
        }
        return bulk.create(
                        caller.get(),
                        new NewBulkInvitation(
                                request.taskId(),
                                request.addresses(),
                                request.message(),
                                request.expiresAt(),
                                request.allowRetakes(),
                                request.locale(),
                                request.allowResultSharing()))
                .map(result -> RestResponse.ResponseBuilder.<BulkResult>create(
                                result.failed().isEmpty() ? 200 : 207)
                        .entity(result)
                        .build());
    }

    @GET
    @RolesAllowed("business")
    @Operation(summary = "The caller's invitations, newest first, with the score of each accepted one once scored")
    public Uni<InvitationList> list(@QueryParam("taskId") String taskId, @QueryParam("status") String status) {
        return invitations.list(caller.get(), taskId, status);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("business")
    @ResponseStatus(204)
    @Operation(summary = "Cancel an invitation that was not accepted (sender only)")
    public Uni<Void> cancel(@PathParam("id") UUID id) {
        return invitations.cancel(caller.get(), id);
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed("business")
    @Operation(
            summary = "Email an invitation that is still waiting again (sender only)",
            description = "The same link (a fresh one for invitations made before links were kept); at most one resend"
                    + " every 10 minutes (429 with Retry-After) and 5 in all (409 resend-limit).")
    public Uni<Resent> resend(@PathParam("id") UUID id) {
        return resending.resend(caller.get(), id);
    }

    @GET
    @Path("/{id}/link")
    @RolesAllowed("business")
    @Operation(
            summary = "The access link of an invitation that is still waiting, to copy again (sender only)",
            description = "409 link-unavailable for invitations made before links were kept: resend makes a new one.")
    public Uni<Link> link(@PathParam("id") UUID id) {
        return resending.link(caller.get(), id);
    }

    @GET
    @Path("/access/{token}")
    @PermitAll
    @Operation(
            summary = "The invitation as anyone holding its link sees it (no sign-in)",
            description = "Task, company, sender's message, expiry, status, and the address and name it was sent to"
                    + " (to pre-fill the sign-up form).")
    public Uni<Access> access(@PathParam("token") String token) {
        return invitations.access(token);
    }

    @POST
    @Path("/access/{token}/accept")
    @Authenticated
    @Operation(
            summary = "Accept the invitation as its recipient and get the new assessment (idempotent)",
            description = "The signed-in account's verified email must be the invited address (any case).")
    public Uni<Accepted> accept(@PathParam("token") String token) {
        return invitations.accept(caller.get(), token);
    }
}

package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.InvitationResendService;
import ai.smartsuccess.skillslab.assessment.service.InvitationService;
import ai.smartsuccess.skillslab.assessment.service.InvitationService.NewInvitation;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Accepted;
import ai.smartsuccess.skillslab.assessment.service.InvitationViews.Access;
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
import org.jboss.resteasy.reactive.ResponseStatus;

/** Invitations: sent and managed by businesses; opened (publicly) and accepted (signed in) through the link. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @Inject
    InvitationResendService resending;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed("business")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            summary = "Invite a candidate by email to one of the caller's tasks",
            description = "Answers the access link once; only a hash of its token is stored. The email is sent by"
                    + " notification-service from the InvitationCreated event.")
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
                        request.locale()));
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

package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.service.AccountService;
import ai.smartsuccess.skillslab.gateway.service.AccountService.SignUpResult;
import ai.smartsuccess.skillslab.gateway.service.SignUpRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Sign-up is public; Keycloak's admin API is blocking, so these run on worker threads. */
@Path("/auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignUpResource {

    /** {@code returnTo}: the web app's path the new link leads back to after signing in (optional). */
    public record VerificationRequest(
            @NotBlank @Email String email, @Size(max = 2000) String returnTo) {}

    @Inject
    AccountService accounts;

    @POST
    @Path("/signup")
    @Operation(
            summary = "Create an individual or business account",
            description = "Answers 202 with the same body whether the address was free (Keycloak emails a verification"
                    + " link) or already has an account (its owner is emailed a way to sign in): the answer never tells"
                    + " whether an address has an account. At most a few emails go to one address an hour; past that the"
                    + " answer is the same and nothing is sent.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the mailbox of the address learns the rest",
            content = @Content(schema = @Schema(implementation = SignUpResult.class)))
    public Response signUp(@Valid SignUpRequest request) {
        SignUpResult result = accounts.signUp(request);
        return Response.accepted(result).build();
    }

    @POST
    @Path("/verification-email")
    @Operation(summary = "Send the verification email again (answers 202 whether or not the address has an account)")
    public Response resendVerification(@Valid VerificationRequest request) {
        accounts.resendVerification(request.email(), request.returnTo());
        return Response.accepted().build();
    }
}

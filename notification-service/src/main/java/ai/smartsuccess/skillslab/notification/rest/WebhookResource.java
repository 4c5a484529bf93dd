package ai.smartsuccess.skillslab.notification.rest;

import ai.smartsuccess.skillslab.notification.service.webhook.WebhookService;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.Created;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.DeliveryPage;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.DeliveryView;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.WebhookList;
import ai.smartsuccess.skillslab.notification.service.webhook.WebhookViews.WebhookView;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A business's webhooks for its ATS: events about the candidates of its tasks, signed, retried, logged. */
@Path("/api/business/webhooks")
@RolesAllowed("business")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String NOT_FOUND = "No such webhook.";

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentCaller caller;

    /**
     * @param events any of {@code candidate.scored}, {@code candidate.submitted}, {@code invitation.accepted}
     * @param secret the signing secret (16 to 200 visible ASCII characters); left out, one is made
     */
    public record CreateWebhook(String url, List<String> events, String secret) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            summary = "Add a webhook; the answer shows its signing secret, the only time it is shown",
            description = "Deliveries are POSTed as JSON with the header Skills-Lab-Signature: t=<unix seconds>,"
                    + "v1=<hex HMAC-SHA256 of \"<t>.<body>\" with the secret>. The URL must be https on a public"
                    + " address. At most 10 webhooks per business.")
    public Uni<Created> create(CreateWebhook request) {
        return webhooks.create(
                caller.get(),
                request == null
                        ? null
                        : new WebhookService.NewWebhook(request.url(), request.events(), request.secret()));
    }

    @GET
    @Operation(summary = "The business's webhooks (never their secrets)")
    public Uni<WebhookList> list() {
        return webhooks.list(caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the business's webhooks")
    public Uni<WebhookView> get(@PathParam("id") String id) {
        return webhooks.get(caller.get(), QueryParams.id(id, NOT_FOUND));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a webhook with its pending deliveries and its delivery log")
    public Uni<Void> delete(@PathParam("id") String id) {
        return webhooks.delete(caller.get(), QueryParams.id(id, NOT_FOUND));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first: status and every attempt with its HTTP status")
    public Uni<DeliveryPage> deliveries(
            @PathParam("id") String id,
            @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return webhooks.deliveries(
                caller.get(),
                QueryParams.id(id, NOT_FOUND),
                QueryParams.integer("page", page, 0, 0, 100_000),
                QueryParams.integer("size", size, 20, 1, 100));
    }

    @POST
    @Path("/{id}/test")
    @Operation(
            summary = "Send a webhook.test event now; the answer is its delivery after the first attempt",
            description = "A failed test is retried like any delivery.")
    public Uni<DeliveryView> test(@PathParam("id") String id) {
        return webhooks.test(caller.get(), QueryParams.id(id, NOT_FOUND));
    }
}

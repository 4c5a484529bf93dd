package ai.smartsuccess.skillslab.notification.rest;

import ai.smartsuccess.skillslab.notification.service.InboxService;
import ai.smartsuccess.skillslab.notification.service.InboxViews.NotificationPage;
import ai.smartsuccess.skillslab.notification.service.InboxViews.NotificationView;
import ai.smartsuccess.skillslab.notification.service.InboxViews.Preferences;
import ai.smartsuccess.skillslab.notification.service.InboxViews.PreferencesChange;
import ai.smartsuccess.skillslab.notification.service.InboxViews.ReadAll;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The caller's own in-app notifications and notification preferences. */
@Path("/api/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private static final String NOT_FOUND = "No such notification.";

    @Inject
    InboxService inbox;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The caller's notifications, newest first, with their unread count")
    public Uni<NotificationPage> list(
            @Parameter(description = "only the unread ones (default false)") @QueryParam("unreadOnly")
                    String unreadOnly,
            @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return inbox.list(
                caller.get(),
                QueryParams.bool("unreadOnly", unreadOnly),
                QueryParams.integer("page", page, 0, 0, 100_000),
                QueryParams.integer("size", size, 20, 1, InboxService.MAX_PAGE_SIZE));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public Uni<NotificationView> read(@PathParam("id") String id) {
        return inbox.markRead(caller.get(), QueryParams.id(id, NOT_FOUND));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public Uni<ReadAll> readAll() {
        return inbox.markAllRead(caller.get());
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "Which notices the caller gets by email and in the app, per kind")
    public Uni<Preferences> preferences() {
        return inbox.preferences(caller.get());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set which notices the caller gets by email and in the app; a kind not listed is on for both")
    public Uni<Preferences> updatePreferences(PreferencesChange change) {
        return inbox.updatePreferences(caller.get(), change);
    }
}

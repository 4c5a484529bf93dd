package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.ai.keys.ApiKeyService;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyList;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyTest;
import ai.smartsuccess.skillslab.assessment.service.ai.keys.KeyViews.KeyView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's own provider keys (bring-your-own-key). */
@Path("/api/ai/keys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The caller's stored keys: provider and a hint of the last four characters, never the key")
    public Uni<KeyList> list() {
        return keys.list(caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            summary = "Store (or replace) the caller's key for a provider, encrypted",
            description =
                    "For openai-compatible the key may come with the caller's own server (baseUrl) and its models;"
                            + " the key may then be empty (servers such as Ollama need none). 400 naming baseUrl when the URL"
                            + " is malformed, not https, or resolves to a private, loopback or link-local address that the"
                            + " operator does not allow.")
    public Uni<KeyView> add(AddKey request) {
        if (request == null) {
            throw new InvalidInputException("provider", "is required");
        }
        return keys.put(caller.get(), request.provider(), request.apiKey(), request.baseUrl(), request.models());
    }

    @POST
    @Path("/{provider}/test")
    @Operation(
            summary = "Check the stored key with a minimal request to the provider",
            description = "For the caller's own server: GET {baseUrl}/models, whose models are then offered; the"
                    + " answer lists the ids of the models the key unlocks.")
    public Uni<KeyTest> test(@PathParam("provider") String provider) {
        return keys.test(caller.get(), provider);
    }

    @DELETE
    @Path("/{provider}")
    @ResponseStatus(204)
    @Operation(summary = "Delete the caller's key for a provider")
    public Uni<Void> delete(@PathParam("provider") String provider) {
        return keys.delete(caller.get(), provider);
    }

    /**
     * @param baseUrl only for {@code openai-compatible}: the caller's own server (e.g. {@code https://llm.example.com/v1});
     *     https to a public address unless the operator allows the host
     * @param models only with {@code baseUrl}: the server's models, when it does not list them at {@code GET /models}
     */
    public record AddKey(String provider, String apiKey, String baseUrl, List<String> models) {}
}

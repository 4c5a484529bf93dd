package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.assessment.service.results.ResultBadge;
import ai.smartsuccess.skillslab.assessment.service.results.ResultCard;
import ai.smartsuccess.skillslab.assessment.service.results.ResultPage;
import ai.smartsuccess.skillslab.assessment.service.results.ResultShareService;
import ai.smartsuccess.skillslab.assessment.service.results.ResultSigner;
import ai.smartsuccess.skillslab.assessment.service.results.ResultSigner.KeySet;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.SignedResult;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What anyone may read of a published result, without signing in: the signed claim, a badge, the OpenGraph card, the
 * page at {@code /r/{shareId}}, and the keys that verify the signature. An unknown or revoked share id is 404.
 */
@Path("/")
@PermitAll
public class PublicResultResource {

    static final String CACHE_FIVE_MINUTES = "public, max-age=300";
    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";
    static final String HTML = "text/html; charset=utf-8";

    @Inject
    ResultShareService shares;

    @Inject
    ResultSigner signer;

    @Inject
    ResultCard cards;

    @GET
    @Path("/api/public/results/{shareId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A published result with its Ed25519 signature",
            description = "signature.value is the base64url Ed25519 signature of the canonical JSON of result (members"
                    + " sorted, no whitespace, numbers as written), by the key signature.kid of"
                    + " /.well-known/skills-lab-keys.json.")
    public Uni<SignedResult> result(@PathParam("shareId") String shareId) {
        return shares.published(shareId).map(published -> shares.signed(published.result()));
    }

    @GET
    @Path("/api/public/badges/{shareId}.svg")
    @Produces(SVG)
    @Operation(summary = "A shields-style badge of a published result")
    public Uni<Response> badge(@PathParam("shareId") String shareId) {
        return shares.published(shareId)
                .map(published -> Response.ok(ResultBadge.svg(published.result()), SVG + "; charset=utf-8")
                        .header("Cache-Control", CACHE_FIVE_MINUTES)
                        .build());
    }

    @GET
    @Path("/api/public/results/{shareId}/card.png")
    @Produces(PNG)
    @Operation(summary = "The 1200×630 OpenGraph image of a published result")
    public Uni<Response> card(@PathParam("shareId") String shareId) {
        return shares.published(shareId)
                .flatMap(published -> OnContext.blocking(() -> cards.png(published)))
                .map(png -> Response.ok(png, PNG)
                        .header("Cache-Control", CACHE_FIVE_MINUTES)
                        .build());
    }

    @GET
    @Path("/r/{shareId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The public result page (HTML with OpenGraph tags); an unknown or revoked one is a 404 page")
    public Uni<Response> page(@PathParam("shareId") String shareId) {
        return shares.published(shareId)
                .map(published -> Response.ok(ResultPage.page(published.result(), shares.baseUrl()), HTML)
                        .header("Cache-Control", CACHE_FIVE_MINUTES)
                        .build())
                .onFailure(NotFoundException.class)
                .recoverWithItem(() -> Response.status(404)
                        .type(HTML)
                        .entity(ResultPage.notFound(shares.baseUrl()))
                        .build());
    }

    @GET
    @Path("/.well-known/skills-lab-keys.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys (JWK set) that verify published results")
    public Response keys() {
        KeySet keys = signer.keySet();
        return Response.ok(keys).header("Cache-Control", "public, max-age=3600").build();
    }
}

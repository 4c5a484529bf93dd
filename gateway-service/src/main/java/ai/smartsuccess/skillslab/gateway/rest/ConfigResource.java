package ai.smartsuccess.skillslab.gateway.rest;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the web app needs before anyone signs in. Public values only. */
@Path("/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    public record WebConfig(Oidc oidc, String version) {
        public record Oidc(String authority, String clientId) {}
    }

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String version;

    @GET
    @Operation(summary = "Identity provider settings for the web app")
    public WebConfig get() {
        return new WebConfig(
                new WebConfig.Oidc(config.web().oidcAuthority(), config.web().oidcClientId()), version);
    }
}

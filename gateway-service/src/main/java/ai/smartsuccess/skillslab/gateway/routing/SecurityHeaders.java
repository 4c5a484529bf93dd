package ai.smartsuccess.skillslab.gateway.routing;

import ai.smartsuccess.skillslab.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The browser-facing security headers of every response the gateway sends: the web app and its assets, its own API,
 * what the services answer through it (the public result pages too) and its errors. Set just before the head is
 * written, so that nothing a service sends can drop them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** A Host header that can be written into the policy as it is (no spaces, quotes or semicolons). */
    private static final Pattern SAFE_HOST = Pattern.compile("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$");

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private final String oidcOrigin;
    private final String policyHeader;
    private final boolean strictTransportSecurity;

    SecurityHeaders(GatewayConfig config) {
        this.oidcOrigin = originOf(config.web().oidcAuthority());
        this.policyHeader = config.edge().contentSecurityPolicyReportOnly()
                ? "Content-Security-Policy-Report-Only"
                : "Content-Security-Policy";
        this.strictTransportSecurity = config.edge().strictTransportSecurity();
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> apply(rc));
            rc.next();
        });
    }

    private void apply(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set(policyHeader, contentSecurityPolicy(oidcOrigin, rc.request().getHeader("Host")));
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        if (strictTransportSecurity) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Scripts only from this site (never inline or eval'd); styles from this site and inline (Monaco and xterm.js add
     * {@code <style>} elements at run time, the public result page carries its own); images from this site or data: URLs,
     * never from elsewhere; connections to this site (its WebSockets too) and the identity provider; no framing.
     */
    static String contentSecurityPolicy(String oidcOrigin, String host) {
        String sockets = host != null && SAFE_HOST.matcher(host).matches()
                ? " ws://" + host.toLowerCase(Locale.ROOT) + " wss://" + host.toLowerCase(Locale.ROOT)
                : "";
        String provider = oidcOrigin.isEmpty() ? "" : " " + oidcOrigin;
        return "default-src 'self'; "
                + "script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self'; "
                + "connect-src 'self'" + sockets + provider + "; "
                + "worker-src 'self'; "
                + "object-src 'none'; "
                + "frame-src 'none'; "
                + "frame-ancestors 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'" + provider;
    }

    /** {@code scheme://host[:port]} of a URL, or empty when it has none. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() > 0 ? origin + ":" + uri.getPort() : origin;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

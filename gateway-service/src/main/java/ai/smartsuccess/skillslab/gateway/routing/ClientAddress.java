package ai.smartsuccess.skillslab.gateway.routing;

import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address as the gateway determines it, and the header that carries it to the services. The one place
 * the audit trail takes it from: when the way the gateway derives addresses changes (trusted proxies), this follows.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The address the rate limits use today: the peer of the connection. */
    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().host();
    }

    /**
     * Replaces whatever the client sent in {@link AuditTrail#CLIENT_ADDRESS_HEADER} by the gateway's own finding, for
     * the gateway's own endpoints and for the service the request is forwarded to.
     */
    public static void stamp(HttpServerRequest request) {
        request.headers().remove(AuditTrail.CLIENT_ADDRESS_HEADER);
        String address = of(request);
        if (address != null) {
            request.headers().set(AuditTrail.CLIENT_ADDRESS_HEADER, address);
        }
    }
}

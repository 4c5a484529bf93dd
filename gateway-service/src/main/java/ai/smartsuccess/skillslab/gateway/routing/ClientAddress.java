package ai.smartsuccess.skillslab.gateway.routing;

import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address as the gateway determines it ({@link ClientAddresses}: forwarding headers only from trusted
 * proxies), and the header that carries it to the services. The one place the audit trail takes it from.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The client's address: the connection's peer, or behind a trusted proxy the address it names. */
    public static String of(HttpServerRequest request, ClientAddresses addresses) {
        return request.remoteAddress() == null
                ? null
                : addresses.client(
                        request.remoteAddress().host(),
                        request.headers().getAll("Forwarded"),
                        request.headers().getAll("X-Forwarded-For"));
    }

    /**
     * Replaces whatever the client sent in {@link AuditTrail#CLIENT_ADDRESS_HEADER} by the gateway's own finding, for
     * the gateway's own endpoints and for the service the request is forwarded to.
     */
    public static void stamp(HttpServerRequest request, ClientAddresses addresses) {
        String address = of(request, addresses);
        request.headers().remove(AuditTrail.CLIENT_ADDRESS_HEADER);
        if (address != null) {
            request.headers().set(AuditTrail.CLIENT_ADDRESS_HEADER, address);
        }
    }
}

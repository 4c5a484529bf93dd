package ai.smartsuccess.skillslab.platform.audit;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.platform.security.CurrentCaller;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the audit entry of an action done in the current request: who (the caller from the token), from where (the
 * client address the gateway determined, and the user agent), done by this service. The service writes the entry into
 * its own outbox in the transaction of the action, so that an action and its audit entry commit together.
 *
 * <p>Trust: the client address is read only from {@link #CLIENT_ADDRESS_HEADER}, which the gateway removes from every
 * incoming request and sets itself. The services are reachable only through the gateway (network policy, no ingress of
 * their own), so a value here was set by the gateway; a service reached some other way would believe what it is sent.
 */
@RequestScoped
public class AuditTrail {

    /** Set by the gateway on every request it serves or forwards; never taken from a client. */
    public static final String CLIENT_ADDRESS_HEADER = "X-Skills-Lab-Client-Address";

    static final int MAX_USER_AGENT = 256;
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    /** Strongest first: the role an entry names when a person has several. */
    private static final String[] ROLES = {"admin", "business", "individual"};

    private final SecurityIdentity identity;
    private final CurrentCaller caller;
    private final CurrentVertxRequest request;

    AuditTrail(SecurityIdentity identity, CurrentCaller caller, CurrentVertxRequest request) {
        this.identity = identity;
        this.caller = caller;
        this.request = request;
    }

    /** A successful action of the caller on a target. */
    public AuditRecorded success(String action, String targetType, Object targetId, Map<String, String> details) {
        return entry(action, targetType, targetId, AuditRecorded.SUCCESS, details);
    }

    public AuditRecorded entry(
            String action, String targetType, Object targetId, String outcome, Map<String, String> details) {
        Caller who = identity.isAnonymous() ? null : caller.get();
        RoutingContext rc = request.getCurrent();
        String address = rc == null ? null : rc.request().getHeader(CLIENT_ADDRESS_HEADER);
        String agent = rc == null ? null : rc.request().getHeader("User-Agent");
        return new AuditRecorded(
                UUID.randomUUID(),
                AuditRecorded.TYPE,
                AuditRecorded.SCHEMA_VERSION,
                Instant.now(),
                who == null ? null : who.subject(),
                who == null ? null : roleOf(who.roles()),
                serviceName(),
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                outcome,
                address(address),
                userAgent(agent),
                details);
    }

    /** An entry of something a service (or the identity provider) did, outside any request of a person. */
    public static AuditRecorded bySystem(
            String actorService,
            String actorId,
            String actorRole,
            String action,
            String targetType,
            Object targetId,
            String outcome,
            Instant occurredAt,
            String clientAddress,
            String userAgent,
            Map<String, String> details) {
        return new AuditRecorded(
                UUID.randomUUID(),
                AuditRecorded.TYPE,
                AuditRecorded.SCHEMA_VERSION,
                occurredAt,
                actorId,
                actorRole,
                actorService,
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                outcome,
                address(clientAddress),
                userAgent(userAgent),
                details);
    }

    /** The platform role an entry names: the strongest realm role the person has, else null. */
    public static String roleOf(Set<String> roles) {
        for (String role : ROLES) {
            if (roles != null && roles.contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** An IPv4 or IPv6 address as the gateway writes it; anything else is not kept. */
    static String address(String value) {
        return value != null && ADDRESS.matcher(value).matches() ? value : null;
    }

    static String userAgent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String printable = value.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() <= MAX_USER_AGENT ? printable : printable.substring(0, MAX_USER_AGENT);
    }

    static String serviceName() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.application.name", String.class)
                .orElse("unknown");
    }
}

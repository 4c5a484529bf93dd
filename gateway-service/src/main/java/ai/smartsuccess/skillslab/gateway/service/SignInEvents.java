package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.gateway.config.AuditConfig;
import ai.smartsuccess.skillslab.gateway.repository.AuditRecordRepository;
import ai.smartsuccess.skillslab.platform.audit.AuditTrail;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;

/**
 * Takes Keycloak's sign-in events (login, failed login, logout) into the audit trail. Keycloak keeps them while the
 * realm has events enabled (realm file: {@code eventsEnabled}, {@code enabledEventTypes}, {@code eventsExpiration});
 * the gateway asks for the ones since the newest it stored, with its service account ({@code view-events}). Each
 * Keycloak event becomes an entry whose id derives from Keycloak's, so asking twice stores nothing twice.
 */
@ApplicationScoped
public class SignInEvents {

    private static final Logger LOG = Logger.getLogger(SignInEvents.class);
    static final String ACTOR = "keycloak";
    private static final List<String> TYPES = List.of("LOGIN", "LOGIN_ERROR", "LOGOUT");

    private final Keycloak keycloak;
    private final String realm;
    private final AuditRecordRepository records;
    private final AuditConfig.SignIns config;
    private final AtomicBoolean running = new AtomicBoolean();

    SignInEvents(
            Keycloak keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            AuditRecordRepository records,
            AuditConfig config) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.records = records;
        this.config = config.signIns();
    }

    @Scheduled(
            every = "${skillslab.audit.sign-ins.poll-every:30s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return poll().onFailure()
                .invoke(e -> LOG.warnf("sign-in events not taken from Keycloak yet: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Stores the sign-in events since the newest stored; answers how many were new. */
    public Uni<Integer> poll() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        long now = System.currentTimeMillis();
        return Panache.withSession(() -> records.lastFrom(ACTOR))
                .map(last -> last.map(at -> at.toInstant().toEpochMilli())
                        .orElse(now - config.firstLookBack().toMillis()))
                .flatMap(from -> page(from, now, 0, 0))
                .eventually(() -> running.set(false));
    }

    private Uni<Integer> page(long from, long to, int first, int storedSoFar) {
        int size = config.pageSize();
        return OnContext.blocking(
                        () -> keycloak.realm(realm).getEvents(TYPES, null, null, from, to, null, first, size, "asc"))
                .flatMap(events -> Panache.withTransaction(() -> store(events))
                        .flatMap(stored -> events.size() < size
                                ? Uni.createFrom().item(storedSoFar + stored)
                                : page(from, to, first + size, storedSoFar + stored)));
    }

    private Uni<Integer> store(List<EventRepresentation> events) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (EventRepresentation event : events) {
            AuditRecorded entry = toEntry(event);
            if (entry != null) {
                chain = chain.flatMap(n -> records.append(entry).map(isNew -> isNew ? n + 1 : n));
            }
        }
        return chain;
    }

    static AuditRecorded toEntry(EventRepresentation event) {
        String action = switch (event.getType()) {
            case "LOGIN" -> "session.signed-in";
            case "LOGIN_ERROR" -> "session.sign-in-failed";
            case "LOGOUT" -> "session.signed-out";
            default -> null;
        };
        if (action == null) {
            return null;
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (event.getClientId() != null) {
            details.put("clientId", event.getClientId());
        }
        if (event.getError() != null) {
            // Keycloak's error code (e.g. invalid_user_credentials); never the username that was typed.
            details.put("error", event.getError());
        }
        String source = event.getId() != null
                ? event.getId()
                : event.getTime() + ":" + event.getType() + ":" + event.getUserId() + ":" + event.getSessionId();
        AuditRecorded entry = AuditTrail.bySystem(
                ACTOR,
                event.getUserId(),
                null,
                action,
                "account",
                event.getUserId(),
                "LOGIN_ERROR".equals(event.getType()) ? AuditRecorded.FAILURE : AuditRecorded.SUCCESS,
                Instant.ofEpochMilli(event.getTime()),
                event.getIpAddress(),
                null,
                details);
        return entry.withEventId(UUID.nameUUIDFromBytes(("keycloak-event:" + source).getBytes(StandardCharsets.UTF_8)));
    }
}

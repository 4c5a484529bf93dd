package ai.smartsuccess.skillslab.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void only_an_address_is_kept_as_the_client_address() {
        assertThat(AuditTrail.address("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(AuditTrail.address("2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(AuditTrail.address("203.0.113.7, 10.0.0.1")).isNull();
        assertThat(AuditTrail.address("<script>")).isNull();
        assertThat(AuditTrail.address(null)).isNull();
    }

    @Test
    void a_user_agent_is_printable_and_bounded() {
        assertThat(AuditTrail.userAgent("Mozilla/5.0\r\nX-Injected: 1")).isEqualTo("Mozilla/5.0  X-Injected: 1");
        assertThat(AuditTrail.userAgent("a".repeat(1000))).hasSize(AuditTrail.MAX_USER_AGENT);
        assertThat(AuditTrail.userAgent("  ")).isNull();
    }

    @Test
    void the_strongest_platform_role_names_the_actor() {
        assertThat(AuditTrail.roleOf(Set.of("individual", "admin", "offline_access")))
                .isEqualTo("admin");
        assertThat(AuditTrail.roleOf(Set.of("business"))).isEqualTo("business");
        assertThat(AuditTrail.roleOf(Set.of("service"))).isNull();
    }

    @Test
    void an_entry_of_a_service_is_keyed_by_its_target() {
        AuditRecorded entry = AuditTrail.bySystem(
                "keycloak",
                "user-1",
                null,
                "session.signed-in",
                "account",
                "user-1",
                AuditRecorded.SUCCESS,
                Instant.parse("2026-12-07T10:00:00Z"),
                "198.51.100.1",
                null,
                Map.of("clientId", "skills-lab-web"));
        assertThat(entry.key()).isEqualTo("account:user-1");
        assertThat(entry.type()).isEqualTo(AuditRecorded.TYPE);
        assertThat(entry.withDetails(Map.of("a", "b")).details()).containsOnly(Map.entry("a", "b"));
        assertThat(entry.withDetails(Map.of()).eventId()).isEqualTo(entry.eventId());
    }
}

package ai.smartsuccess.skillslab.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses none = new ClientAddresses(List.of());
    private final ClientAddresses ingress = new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8", "192.168.1.7"));

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_the_headers_say() {
        assertThat(none.clientKey("203.0.113.9", List.of("for=198.51.100.1"), List.of("198.51.100.2")))
                .isEqualTo("203.0.113.9");
        assertThat(none.clientKey("10.1.2.3", List.of(), List.of("198.51.100.2")))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void a_peer_outside_the_trusted_list_cannot_name_another_client() {
        assertThat(ingress.clientKey("203.0.113.9", List.of(), List.of("198.51.100.2")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_the_rightmost_untrusted_address_is_the_client() {
        // The client wrote "1.1.1.1" itself; the ingress appended what it saw.
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of("1.1.1.1, 198.51.100.2")))
                .isEqualTo("198.51.100.2");
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of("1.1.1.1", "198.51.100.2, 192.168.1.7")))
                .isEqualTo("198.51.100.2");
        // Only trusted hops: the farthest one is all there is.
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of("10.9.9.9")))
                .isEqualTo("10.9.9.9");
        // Nothing forwarded: the proxy itself.
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void forwarded_is_read_like_x_forwarded_for() {
        assertThat(ingress.clientKey(
                        "10.0.0.5",
                        List.of("for=1.1.1.1;proto=https, for=\"198.51.100.2:4711\";by=10.0.0.5"),
                        List.of("9.9.9.9")))
                .isEqualTo("198.51.100.2");
        assertThat(ingress.clientKey("10.0.0.5", List.of("for=\"[2001:db8:cafe:1::17]:4711\""), List.of()))
                .isEqualTo("2001:db8:cafe:1::/64");
    }

    @Test
    void a_name_instead_of_an_address_is_never_looked_up() {
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of("unknown"))).isEqualTo("10.0.0.5");
        assertThat(ingress.clientKey("10.0.0.5", List.of(), List.of("localhost, 10.0.0.4")))
                .isEqualTo("10.0.0.4");
        assertThat(ingress.clientKey("10.0.0.5", List.of("for=_hidden"), List.of()))
                .isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6_clients_share_the_budget_of_their_64() {
        assertThat(none.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of(), List.of()))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(none.clientKey("2001:db8:1:2::1", List.of(), List.of()))
                .isEqualTo(none.clientKey("2001:db8:1:2:ffff::9", List.of(), List.of()));
        assertThat(none.clientKey("2001:db8:1:3::1", List.of(), List.of()))
                .isNotEqualTo(none.clientKey("2001:db8:1:2::1", List.of(), List.of()));
        // An IPv4 client on a dual-stack socket is its IPv4 address.
        assertThat(none.clientKey("::ffff:198.51.100.2", List.of(), List.of())).isEqualTo("198.51.100.2");
        assertThat(none.clientKey("198.51.100.2", List.of(), List.of())).isEqualTo("198.51.100.2");
    }

    @Test
    void ipv6_proxies_and_prefixes_match_by_range() {
        assertThat(ingress.clientKey("fd12::1", List.of(), List.of("2001:db8:5:6::7")))
                .isEqualTo("2001:db8:5:6::/64");
        assertThat(ingress.clientKey("fe80::1", List.of(), List.of("2001:db8:5:6::7")))
                .isEqualTo("fe80::/64");
    }

    @Test
    void a_malformed_trusted_proxy_is_refused_at_start() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("ingress.local"))).hasMessageContaining("ingress.local");
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
    }
}

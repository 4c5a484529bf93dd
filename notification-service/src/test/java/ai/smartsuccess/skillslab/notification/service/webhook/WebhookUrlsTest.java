package ai.smartsuccess.skillslab.notification.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    /** Names resolved as a DNS server would (no network in a test): one public, two pointing inside. */
    private static final WebhookUrls.Resolver DNS = host -> {
        Map<String, String> zone = Map.of(
                "ats.example.com", "93.184.216.34",
                "rebound.example.com", "10.0.0.7",
                "metadata.example.com", "169.254.169.254");
        if (zone.containsKey(host)) {
            return List.of(InetAddress.getByName(zone.get(host)));
        }
        if (host.equals("localhost")) {
            return List.of(InetAddress.getByName("127.0.0.1"));
        }
        if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
    };

    private final WebhookUrls strict = new WebhookUrls(false, 2048, DNS);
    private final WebhookUrls local = new WebhookUrls(true, 2048, DNS);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://ats.example.com/hook | must be an https URL",
                "ftp://ats.example.com/hook | must be an https URL",
                "https://127.0.0.1/hook | must not point at a loopback address",
                "https://localhost/hook | must not point at this machine (localhost)",
                "https://[::1]/hook | must not point at a loopback address",
                "https://10.1.2.3/hook | must not point at a private address",
                "https://172.16.0.1/hook | must not point at a private address",
                "https://192.168.1.10/hook | must not point at a private address",
                "https://100.64.0.1/hook | must not point at a private address",
                "https://[fd00::1]/hook | must not point at a private address",
                "https://169.254.169.254/latest/meta-data | must not point at a link-local or reserved address",
                "https://[fe80::1]/hook | must not point at a link-local or reserved address",
                "https://0.0.0.0/hook | must not point at an unspecified address",
                "https://224.0.0.1/hook | must not point at a multicast address",
                "https://rebound.example.com/hook | must not point at a private address",
                "https://metadata.example.com/hook | must not point at a link-local or reserved address",
                "https://nowhere.example.com/hook | names a host that does not resolve",
                "https://user:secret@ats.example.com/hook | must not contain a user name or password",
                "https://ats.example.com/hook#frag | must not contain a fragment (#...)",
                "https:///hook | must name a host",
                "not a url | is not a valid URL",
            })
    void refused_in_production(String url, String reason) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOf(WebhookUrls.Refused.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://ats.example.com/hook?team=1",
                "https://93.184.216.34:8443/hook",
                "HTTPS://ats.example.com"
            })
    void a_public_https_url_is_accepted(String url) throws Exception {
        WebhookUrls.Target target = strict.check(url);
        assertThat(target.https()).isTrue();
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hook", "http://localhost:8089/hook", "https://10.1.2.3/hook"})
    void local_mode_accepts_a_receiver_on_this_machine_or_network(String url) throws Exception {
        assertThat(local.check(url).port()).isIn(8089, 443);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://169.254.169.254/latest/meta-data",
                "http://metadata.example.com/",
                "http://0.0.0.0:8089/",
                "ftp://127.0.0.1/"
            })
    void local_mode_still_refuses_metadata_unspecified_and_other_schemes(String url) {
        assertThatThrownBy(() -> local.check(url)).isInstanceOf(WebhookUrls.Refused.class);
    }

    @org.junit.jupiter.api.Test
    void a_url_longer_than_the_limit_is_refused_before_anything_else() {
        String url = "https://ats.example.com/" + "a".repeat(2048);
        assertThatThrownBy(() -> strict.parse(url)).hasMessage("must be at most 2048 characters");
    }
}

package ai.smartsuccess.skillslab.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void scripts_only_from_the_site_and_connections_to_it_and_the_identity_provider() {
        String policy = SecurityHeaders.contentSecurityPolicy("https://id.example.com", "app.example.com");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains("img-src 'self' data:;")
                .contains("connect-src 'self' ws://app.example.com wss://app.example.com https://id.example.com;")
                .contains("form-action 'self' https://id.example.com")
                .contains("frame-ancestors 'none'")
                .contains("base-uri 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("*");
        assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
    }

    @Test
    void a_host_header_that_is_not_a_plain_host_is_left_out() {
        String policy = SecurityHeaders.contentSecurityPolicy("http://localhost:8180", "evil.example; script-src *");
        assertThat(policy).doesNotContain("evil").contains("connect-src 'self' http://localhost:8180;");
        assertThat(SecurityHeaders.contentSecurityPolicy("", "[::1]:8080")).contains("ws://[::1]:8080");
    }

    @Test
    void the_provider_origin_is_the_authority_without_its_path() {
        assertThat(SecurityHeaders.originOf("http://localhost:8180/realms/skills-lab"))
                .isEqualTo("http://localhost:8180");
        assertThat(SecurityHeaders.originOf("https://ID.example.com/realms/x")).isEqualTo("https://id.example.com");
        assertThat(SecurityHeaders.originOf("not a url")).isEmpty();
    }
}

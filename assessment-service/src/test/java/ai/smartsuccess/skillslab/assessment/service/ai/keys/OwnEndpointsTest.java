package ai.smartsuccess.skillslab.assessment.service.ai.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guard in front of candidates' own servers: which URLs may be called, and how their model list is read. */
class OwnEndpointsTest {

    private static WireMockServer server;

    /** Generous: a loaded build machine's first WireMock answer can take seconds. */
    private static final AssessmentConfig.OwnBaseUrl LOCAL_ALLOWED =
            config(List.of("localhost"), Duration.ofSeconds(20));

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void urls_that_reach_inside_the_network_are_refused_naming_baseUrl() {
        OwnEndpoints endpoints = new OwnEndpoints(config(List.of(), Duration.ofSeconds(1)), new ObjectMapper());
        for (String refused : List.of(
                "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/v1",
                "https://172.20.0.1/v1",
                "https://192.168.0.10:11434/v1",
                "https://127.0.0.1:11434/v1",
                "https://0.0.0.0/v1",
                "https://100.64.0.1/v1",
                "https://[::1]/v1",
                "https://[fe80::1]/v1",
                "https://[fd00:ec2::254]/v1",
                "https://[::ffff:10.0.0.1]/v1",
                "https://localhost/v1",
                "http://93.184.215.14/v1",
                "https://no-such-host.invalid/v1",
                "ftp://93.184.215.14/v1",
                "https://user:pw@93.184.215.14/v1",
                "https://93.184.215.14/v1?x=1",
                "/v1",
                "not a url",
                "")) {
            assertThatThrownBy(() -> endpoints.check(refused))
                    .as(refused)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.getMessage()).isNotBlank())
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                            .extracting(InvalidInputException.FieldError::field)
                            .containsExactly("baseUrl"));
        }
        assertThat(endpoints.check("https://93.184.215.14/v1/").toString()).isEqualTo("https://93.184.215.14/v1");
    }

    @Test
    void an_allowed_host_may_be_local_and_plain_http() {
        OwnEndpoints endpoints = new OwnEndpoints(LOCAL_ALLOWED, new ObjectMapper());
        assertThat(endpoints.check("http://LOCALHOST:11434/v1").toString()).isEqualTo("http://LOCALHOST:11434/v1");
        assertThatThrownBy(() -> endpoints.check("http://127.0.0.1:11434/v1"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void models_are_read_from_the_openai_list_without_following_redirects_or_reading_too_much() {
        OwnEndpoints endpoints = new OwnEndpoints(LOCAL_ALLOWED, new ObjectMapper());
        server.stubFor(get(urlPathEqualTo("/ok/v1/models"))
                .willReturn(
                        okJson("{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5-coder:7b\"},{\"id\":\"has space\"},"
                                + "{\"id\":\"qwen2.5-coder:7b\"},{\"id\":\"llama3.2:3b\"}]}")));
        assertThat(endpoints.discover(base("/ok/v1"), "sk-1")).containsExactly("qwen2.5-coder:7b", "llama3.2:3b");

        server.stubFor(get(urlPathEqualTo("/moved/v1/models"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/ok/v1/models")));
        int before =
                server.findAll(getRequestedFor(urlPathEqualTo("/ok/v1/models"))).size();
        assertThatThrownBy(() -> endpoints.discover(base("/moved/v1"), "sk-1"))
                .isInstanceOf(OwnEndpoints.DiscoveryFailed.class)
                .hasMessageContaining("redirect");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/ok/v1/models"))))
                .as("the redirect is not followed")
                .hasSize(before);

        server.stubFor(get(urlPathEqualTo("/big/v1/models"))
                .willReturn(okJson("{\"data\":[" + "{\"id\":\"m\"},".repeat(40_000) + "{\"id\":\"m\"}]}")));
        assertThatThrownBy(() -> endpoints.discover(base("/big/v1"), "sk-1"))
                .isInstanceOf(OwnEndpoints.DiscoveryFailed.class)
                .hasMessageContaining("longer than");

        server.stubFor(get(urlPathEqualTo("/slow/v1/models"))
                .willReturn(okJson("{\"data\":[]}").withFixedDelay(4_000)));
        OwnEndpoints impatient =
                new OwnEndpoints(config(List.of("localhost"), Duration.ofSeconds(1)), new ObjectMapper());
        assertThatThrownBy(() -> impatient.discover(base("/slow/v1"), "sk-1"))
                .isInstanceOf(OwnEndpoints.DiscoveryFailed.class)
                .hasMessageContaining("no answer in time");

        server.stubFor(get(urlPathEqualTo("/refuses/v1/models"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"bad key sk-secret-0000\"}")));
        assertThatThrownBy(() -> endpoints.discover(base("/refuses/v1"), "sk-secret-0000"))
                .isInstanceOfSatisfying(OwnEndpoints.DiscoveryFailed.class, e -> {
                    assertThat(e.keyRefused()).isTrue();
                    assertThat(e.getMessage()).doesNotContain("sk-secret-0000");
                });
    }

    private static URI base(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static AssessmentConfig.OwnBaseUrl config(List<String> allowed, Duration timeout) {
        return new AssessmentConfig.OwnBaseUrl() {
            @Override
            public Optional<List<String>> allowedHosts() {
                return Optional.of(allowed);
            }

            @Override
            public Duration connectTimeout() {
                return timeout;
            }

            @Override
            public Duration discoveryTimeout() {
                return timeout;
            }

            @Override
            public int maxDiscoveryBytes() {
                return 64 * 1024;
            }

            @Override
            public int maxModels() {
                return 100;
            }
        };
    }
}

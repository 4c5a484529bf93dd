package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.platform.test.ChunkedUpload;
import ai.smartsuccess.skillslab.platform.test.ChunkedUpload.Answer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the gateway does at the edge: browser headers, refusing bodies it should not read, nothing of /q. */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class GatewayEdgeTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @BeforeEach
    void resetStubs() {
        UpstreamStub.server.resetAll();
    }

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' ws://localhost:"))
                .header("Content-Security-Policy", containsString("http://localhost:8180"))
                .header("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Permissions-Policy", containsString("camera=()"))
                // Local: plain http, no HSTS.
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() {
        hasSecurityHeaders(given().get("/api/config").then().statusCode(200));
        UpstreamStub.server.stubFor(get("/r/AbCdEfGhIjKlMnOpQrStUv")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withHeader("X-Frame-Options", "SAMEORIGIN")
                        .withBody("<html><head><meta property=\"og:title\" content=\"82\"></head></html>")));
        hasSecurityHeaders(
                given().get("/r/AbCdEfGhIjKlMnOpQrStUv").then().statusCode(200).body(containsString("og:title")));
        hasSecurityHeaders(given().auth()
                .oauth2(accessToken(CANDIDATE))
                .get("/api/nothing-here")
                .then()
                .statusCode(404));
        hasSecurityHeaders(given().get("/internal/x").then().statusCode(404));
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void health_is_on_the_management_interface() {
        assertThat(management.getPort()).isNotEqualTo(RestAssured.port);
        given().get("http://" + management.getHost() + ":" + management.getPort() + "/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void management_endpoints_are_not_served_on_the_public_port() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().get(path).then().statusCode(404);
        }
        UpstreamStub.server.verify(0, anyRequestedFor(urlPathMatching("/q/.*")));
    }

    @Test
    void a_chunked_upload_without_a_token_is_refused_before_its_body_is_read() throws Exception {
        UpstreamStub.server.stubFor(
                any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)));
        Answer answer = chunkedUpload("/api/tasks/t-1/files/big.bin", null, FIFTY_MB);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(answer.headers()).containsEntry("connection", "close");
        assertThat(answer.took()).isLessThan(Duration.ofSeconds(10));
        UpstreamStub.server.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void a_chunked_upload_past_the_limit_is_cut_off_with_413() throws Exception {
        UpstreamStub.server.stubFor(
                any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)));
        // %test.skillslab.edge.max-body-size=1M
        Answer answer = chunkedUpload("/api/tasks/t-1/files/big.bin", accessToken(CANDIDATE), FIFTY_MB);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("payload-too-large");
        assertThat(answer.sent()).isLessThan(FIFTY_MB);
    }

    @Test
    void a_chunked_upload_within_the_limit_reaches_the_service() throws Exception {
        UpstreamStub.server.stubFor(
                any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(204)));
        Answer answer = chunkedUpload("/api/tasks/t-1/files/small.bin", accessToken(CANDIDATE), 256 * 1024);

        assertThat(answer.status()).isEqualTo(204);
    }

    @Test
    void public_routes_need_no_token() {
        UpstreamStub.server.stubFor(get(urlPathMatching("/api/(public|invitations)/.*"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        given().get("/api/public/results/AbCdEfGhIjKlMnOpQrStUv").then().statusCode(200);
        given().get("/api/invitations/access/some-token").then().statusCode(200);
        given().post("/api/invitations/access/some-token/accept").then().statusCode(401);
        given().get("/api/tasks").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/tasks").then().statusCode(401);
    }

    private static Answer chunkedUpload(String path, String token, long bytes) throws Exception {
        return ChunkedUpload.post(RestAssured.port, path, token, "application/octet-stream", bytes);
    }
}

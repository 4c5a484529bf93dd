package ai.smartsuccess.skillslab.gateway;

import static io.restassured.RestAssured.given;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call which account endpoint. Each row: caller, method, path, body, expected status. Account endpoints act on
 * the caller's own account, so "another business" has no way to reach the demo business's account at all.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class AccountAuthorizationMatrixTest {

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("anonymous", "GET", "/api/config", null, 200),
                Arguments.of("anonymous", "GET", "/api/auth/me", null, 401),
                Arguments.of("anonymous", "GET", "/api/me", null, 401),
                Arguments.of("anonymous", "PUT", "/api/me", Map.of(), 401),
                Arguments.of("anonymous", "DELETE", "/api/me", null, 401),
                Arguments.of("anonymous", "POST", "/api/auth/signup", Map.of(), 400),
                Arguments.of(
                        "anonymous", "POST", "/api/auth/verification-email", Map.of("email", "x@example.test"), 202),
                Arguments.of("individual", "GET", "/api/auth/me", null, 200),
                Arguments.of("individual", "GET", "/api/me", null, 200),
                Arguments.of("individual", "PUT", "/api/me", Map.of(), 200),
                Arguments.of("individual", "PUT", "/api/me", Map.of("companyName", "Mine Inc"), 400),
                Arguments.of("business", "GET", "/api/auth/me", null, 200),
                Arguments.of("business", "PUT", "/api/me", Map.of(), 200),
                Arguments.of("business", "PUT", "/api/me", Map.of("companySize", "huge"), 400),
                Arguments.of("admin", "GET", "/api/auth/me", null, 200),
                Arguments.of("admin", "PUT", "/api/me", Map.of("companyName", "Platform"), 400));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("matrix")
    void answers(String caller, String method, String path, Map<String, Object> body, int expected) {
        RequestSpecification request = given();
        switch (caller) {
            case "individual" -> request.auth().oauth2(KeycloakTokens.accessToken(KeycloakTokens.CANDIDATE));
            case "business" -> request.auth().oauth2(KeycloakTokens.accessToken(KeycloakTokens.BUSINESS));
            case "admin" -> request.auth().oauth2(KeycloakTokens.accessToken(KeycloakTokens.ADMIN));
            default -> {}
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path).then().statusCode(expected);
    }
}

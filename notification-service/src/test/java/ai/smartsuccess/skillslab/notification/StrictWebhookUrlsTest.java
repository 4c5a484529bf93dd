package ai.smartsuccess.skillslab.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside local mode (production) a webhook must be https on a public address. */
@QuarkusTest
@TestProfile(StrictWebhookUrlsTest.Production.class)
class StrictWebhookUrlsTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("skillslab.webhooks.allow-local-urls", "false");
        }
    }

    static TempUser business;

    @org.junit.jupiter.api.BeforeAll
    static void account() {
        business = TempUsers.business("strict-hook", "Strict GmbH");
    }

    @org.junit.jupiter.api.AfterAll
    static void removeAccount() {
        business.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.216.34/hook",
                "https://127.0.0.1/hook",
                "https://localhost:8443/hook",
                "https://[::1]/hook",
                "https://10.0.0.5/hook",
                "https://172.20.1.1/hook",
                "https://192.168.0.10/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fd12::1]/hook"
            })
    void local_and_plain_http_urls_are_refused(String url) {
        given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", List.of("candidate.scored")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }

    @org.junit.jupiter.api.Test
    void a_public_https_address_is_accepted() {
        given().auth()
                .oauth2(business.token())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://93.184.216.34/hook", "events", List.of("candidate.scored")))
                .post("/api/business/webhooks")
                .then()
                .statusCode(201)
                .body("url", equalTo("https://93.184.216.34/hook"));
    }
}

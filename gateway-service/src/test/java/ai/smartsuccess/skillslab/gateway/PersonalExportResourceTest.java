package ai.smartsuccess.skillslab.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/me/export: the account from here and the assessments from assessment-service (WireMock), asked for with the
 * caller's own token; a service that does not answer fails the export with problem+json instead of leaving a part out.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class PersonalExportResourceTest {

    static final String UPSTREAM = "/api/assessments/export";

    @BeforeEach
    void resetStubs() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void the_export_holds_the_account_and_the_callers_assessments() {
        try (TempUser me = TempUsers.individual("export")) {
            UpstreamStub.server.stubFor(get(UPSTREAM)
                    .withHeader("Authorization", equalTo("Bearer " + me.token()))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"assessments\":[{\"id\":\"a1\",\"notes\":\"mine\"}],"
                                    + "\"invitationsReceived\":[],\"truncated\":false,\"totalAssessments\":1}")));

            ExtractableResponse<Response> answer = given().auth()
                    .oauth2(me.token())
                    .get("/api/me/export")
                    .then()
                    .statusCode(200)
                    .extract();

            assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"skills-lab-export-");
            JsonPath export = JsonPath.from(answer.asString());
            assertThat(export.getString("account.email")).isEqualTo(me.email());
            assertThat(export.getString("account.id")).isEqualTo(me.id());
            assertThat(export.getList("assessments.assessments.notes", String.class))
                    .containsExactly("mine");
            assertThat(export.getBoolean("assessments.truncated")).isFalse();
            assertThat(export.getString("exportedAt")).isNotBlank();
        }
    }

    @Test
    void a_service_that_does_not_answer_fails_the_export_with_a_problem() {
        try (TempUser me = TempUsers.individual("export-down")) {
            UpstreamStub.server.stubFor(get(UPSTREAM).willReturn(aResponse().withStatus(500)));

            String body = given().auth()
                    .oauth2(me.token())
                    .get("/api/me/export")
                    .then()
                    .statusCode(502)
                    .contentType("application/problem+json")
                    .extract()
                    .asString();
            assertThat(JsonPath.from(body).getString("type")).endsWith("export-unavailable");
            assertThat(body).doesNotContain("Exception").doesNotContain("at ai.smartsuccess");
        }
    }

    @Test
    void without_a_token_there_is_no_export() {
        given().get("/api/me/export").then().statusCode(401).contentType("application/problem+json");
    }
}

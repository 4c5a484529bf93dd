package ai.smartsuccess.skillslab.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/me/export: the account from here and the assessments from assessment-service (WireMock), asked for with the
 * caller's own token, and with Accept: application/zip also the caller's files from sandbox-orchestrator (WireMock); a service that does not answer fails the export with problem+json instead of leaving a part out.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class PersonalExportResourceTest {

    static final String UPSTREAM = "/api/assessments/export";
    static final String FILES = "/api/sandbox/export";

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
    void with_accept_zip_the_export_is_a_zip_of_the_json_and_the_callers_files() throws IOException {
        try (TempUser me = TempUsers.individual("export-zip")) {
            stubAssessments(me);
            // Incompressible, larger than the answer's buffers: the ZIP is written while the client reads it.
            byte[] large = new byte[3 * 1024 * 1024];
            new Random(7).nextBytes(large);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("a1/solution.py", "print('mine')".getBytes(StandardCharsets.UTF_8));
            files.put("a1/data/blob.bin", large);
            files.put(
                    "manifest.json",
                    "{\"sessions\":[{\"assessmentId\":\"a1\"}],\"truncated\":false}".getBytes(StandardCharsets.UTF_8));
            UpstreamStub.server.stubFor(get(FILES)
                    .withHeader("Authorization", equalTo("Bearer " + me.token()))
                    .withHeader("Accept", containing("application/zip"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/zip")
                            .withBody(zip(files))));

            ExtractableResponse<Response> answer = given().auth()
                    .oauth2(me.token())
                    .accept("application/zip")
                    .get("/api/me/export")
                    .then()
                    .statusCode(200)
                    .contentType("application/zip")
                    .extract();

            assertThat(answer.header("Content-Disposition"))
                    .matches("attachment; filename=\"skills-lab-export-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
            Map<String, byte[]> entries = unzip(answer.asByteArray());
            assertThat(entries.keySet())
                    .containsExactly(
                            "export.json", "files/a1/solution.py", "files/a1/data/blob.bin", "files/manifest.json");
            JsonPath export = JsonPath.from(new String(entries.get("export.json"), StandardCharsets.UTF_8));
            assertThat(export.getString("account.email")).isEqualTo(me.email());
            assertThat(export.getList("assessments.assessments.notes", String.class))
                    .containsExactly("mine");
            assertThat(new String(entries.get("files/a1/solution.py"), StandardCharsets.UTF_8))
                    .isEqualTo("print('mine')");
            assertThat(entries.get("files/a1/data/blob.bin")).isEqualTo(large);
        }
    }

    @Test
    void without_accept_zip_the_answer_stays_json() {
        try (TempUser me = TempUsers.individual("export-json")) {
            stubAssessments(me);
            given().auth()
                    .oauth2(me.token())
                    .accept("application/json")
                    .get("/api/me/export")
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
            UpstreamStub.server.verify(0, getRequestedFor(urlEqualTo(FILES)));
        }
    }

    @Test
    void when_the_files_cannot_be_collected_there_is_no_zip_but_a_problem() {
        try (TempUser me = TempUsers.individual("export-zip-down")) {
            stubAssessments(me);
            UpstreamStub.server.stubFor(get(FILES).willReturn(aResponse().withStatus(503)));
            assertUnavailable(me);

            // A broken ZIP fails the export before anything is sent.
            UpstreamStub.server.stubFor(get(FILES)
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/zip")
                            .withBody("not a zip")));
            assertUnavailable(me);
        }
    }

    @Test
    void when_the_assessments_cannot_be_collected_there_is_no_zip_but_a_problem() throws IOException {
        try (TempUser me = TempUsers.individual("export-zip-no-assessments")) {
            UpstreamStub.server.stubFor(get(UPSTREAM).willReturn(aResponse().withStatus(500)));
            UpstreamStub.server.stubFor(get(FILES)
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/zip")
                            .withBody(zip(Map.of("manifest.json", "{}".getBytes(StandardCharsets.UTF_8))))));
            assertUnavailable(me);
        }
    }

    private static void assertUnavailable(TempUser me) {
        String body = given().auth()
                .oauth2(me.token())
                .accept("application/zip")
                .get("/api/me/export")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .extract()
                .asString();
        assertThat(JsonPath.from(body).getString("type")).endsWith("export-unavailable");
        assertThat(body).doesNotContain("Exception").doesNotContain("at ai.smartsuccess");
    }

    private static void stubAssessments(TempUser me) {
        UpstreamStub.server.stubFor(get(UPSTREAM)
                .withHeader("Authorization", equalTo("Bearer " + me.token()))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"assessments\":[{\"id\":\"a1\",\"notes\":\"mine\"}],"
                                + "\"invitationsReceived\":[],\"truncated\":false,\"totalAssessments\":1}")));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void without_a_token_there_is_no_export() {
        given().get("/api/me/export").then().statusCode(401).contentType("application/problem+json");
    }
}

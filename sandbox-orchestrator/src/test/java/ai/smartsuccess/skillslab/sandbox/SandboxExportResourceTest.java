package ai.smartsuccess.skillslab.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * GET /api/sandbox/export: the caller's own files (final files of a finalized session, else the live snapshot), never
 * another person's, never a hidden test; sessions beyond the size limit are named, not included. Real PostgreSQL,
 * S3Proxy and Keycloak tokens.
 */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class SandboxExportResourceTest {

    static final String BUCKET = "submissions";
    static final String HIDDEN = "def test_secret():\n    assert answer() == 42\n";

    @Inject
    S3Client s3;

    @Inject
    ObjectMapper json;

    @Test
    void the_export_holds_the_callers_own_files_and_nobody_elses() throws IOException {
        try (TempUser me = TempUsers.individual("files-export");
                TempUser other = TempUsers.individual("files-export-other")) {
            UUID submitted = session(me.id(), "terminated", "2 hours");
            put(
                    submitted,
                    "final-files.json",
                    snapshot(Map.of("solution.py", "print('final')", "tests/test_hidden.py", HIDDEN)));
            put(submitted, "workspace-snapshot.json", snapshot(Map.of("solution.py", "print('draft')")));
            put(submitted, "starter-files.json", snapshot(Map.of("solution.py", "# starter")));
            UUID live = session(me.id(), "ready", "1 minute");
            put(live, "workspace-snapshot.json", snapshot(Map.of("src/app.js", "console.log('live')")));
            UUID notSaved = session(me.id(), "ready", "30 seconds");
            put(notSaved, "starter-files.json", snapshot(Map.of("main.py", "# starter only")));
            UUID othersSession = session(other.id(), "terminated", "1 hour");
            put(othersSession, "final-files.json", snapshot(Map.of("theirs.py", "print('not yours')")));

            ExtractableResponse<Response> answer = given().auth()
                    .oauth2(me.token())
                    .get("/api/sandbox/export")
                    .then()
                    .statusCode(200)
                    .contentType("application/zip")
                    .extract();

            assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"skills-lab-files-");
            Map<String, String> entries = unzip(answer.asByteArray());
            assertThat(entries)
                    .containsEntry(submitted + "/solution.py", "print('final')")
                    .containsEntry(live + "/src/app.js", "console.log('live')")
                    .doesNotContainKey(submitted + "/tests/test_hidden.py")
                    .doesNotContainKey(notSaved + "/main.py");
            assertThat(entries.keySet()).noneMatch(k -> k.startsWith(othersSession.toString()));
            assertThat(String.join("\n", entries.values()))
                    .doesNotContain("not yours")
                    .doesNotContain("test_secret");

            JsonNode manifest = json.readTree(entries.get("manifest.json"));
            assertThat(manifest.path("truncated").asBoolean()).isFalse();
            assertThat(manifest.path("sessions")).hasSize(2);
            assertThat(manifest.path("sessions").get(0).path("assessmentId").asText())
                    .isEqualTo(live.toString());
            assertThat(manifest.path("sessions").get(0).path("source").asText()).isEqualTo("workspace-snapshot");
            assertThat(manifest.path("sessions").get(1).path("source").asText()).isEqualTo("final-files");
            assertThat(manifest.toString()).doesNotContain("test_hidden").doesNotContain(othersSession.toString());

            // The other person's export holds only their own session.
            Map<String, String> theirs = unzip(given().auth()
                    .oauth2(other.token())
                    .get("/api/sandbox/export")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());
            assertThat(theirs).containsOnlyKeys(othersSession + "/theirs.py", "manifest.json");
        }
    }

    @Test
    void a_person_without_sessions_gets_a_zip_with_only_the_manifest() throws IOException {
        try (TempUser me = TempUsers.individual("files-export-empty")) {
            Map<String, String> entries = unzip(given().auth()
                    .oauth2(me.token())
                    .get("/api/sandbox/export")
                    .then()
                    .statusCode(200)
                    .contentType("application/zip")
                    .extract()
                    .asByteArray());
            assertThat(entries).containsOnlyKeys("manifest.json");
            JsonNode manifest = json.readTree(entries.get("manifest.json"));
            assertThat(manifest.path("sessions")).isEmpty();
            assertThat(manifest.path("omitted")).isEmpty();
        }
    }

    @Test
    void sessions_beyond_the_size_limit_are_named_and_left_out() throws IOException {
        try (TempUser me = TempUsers.individual("files-export-large")) {
            UUID older = session(me.id(), "terminated", "3 hours");
            put(older, "final-files.json", snapshot(Map.of("big.txt", "x".repeat(70_000))));
            UUID newer = session(me.id(), "terminated", "1 hour");
            put(newer, "final-files.json", snapshot(Map.of("small.txt", "small")));

            Map<String, String> entries = unzip(given().auth()
                    .oauth2(me.token())
                    .get("/api/sandbox/export")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());

            assertThat(entries).containsOnlyKeys(newer + "/small.txt", "manifest.json");
            JsonNode manifest = json.readTree(entries.get("manifest.json"));
            assertThat(manifest.path("truncated").asBoolean()).isTrue();
            assertThat(manifest.path("omitted").get(0).path("assessmentId").asText())
                    .isEqualTo(older.toString());
            assertThat(manifest.path("omitted").get(0).path("reason").asText()).isEqualTo("size-limit");
            assertThat(manifest.path("note").asText()).contains("left out");
        }
    }

    @Test
    void without_a_token_or_with_a_bad_one_there_is_a_problem() {
        given().get("/api/sandbox/export").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2("not-a-token")
                .get("/api/sandbox/export")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    /** A session row as provisioning leaves it, started {@code ago}, with the task's hidden test. */
    private static UUID session(String owner, String state, String ago) {
        UUID id = UUID.randomUUID();
        String hidden = "{\"files\": [{\"path\": \"tests/test_hidden.py\", \"contentBase64\": \""
                + Base64.getEncoder().encodeToString(HIDDEN.getBytes(StandardCharsets.UTF_8)) + "\"}]}";
        TestDatabase.execute("""
                insert into sandbox.sandbox_sessions (assessment_id, owner_id, task_id, runtime, hidden_runner, state,
                    backend, sandbox_id, deadline, ready_millis, hidden_files, created_at)
                values (?, ?, ?, 'python', 'python-unittest', ?, 'local', ?, now() + interval '1 hour', 10, ?::jsonb,
                    now() - cast(? as interval))""", id, owner, UUID.randomUUID(), state, "sbx-" + id, hidden, ago);
        return id;
    }

    private void put(UUID id, String name, String body) {
        s3.putObject(
                r -> r.bucket(BUCKET).key(id + "/" + name).contentType("application/json"),
                RequestBody.fromString(body));
    }

    private String snapshot(Map<String, String> files) throws IOException {
        var list = files.entrySet().stream()
                .map(e -> Map.of(
                        "path", e.getKey(),
                        "encoding", "utf-8",
                        "content", e.getValue(),
                        "size", e.getValue().length()))
                .toList();
        return json.writeValueAsString(Map.of("files", list, "skipped", java.util.List.of()));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}

package ai.smartsuccess.skillslab.sandbox;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class WorkspaceFileResourceTest {

    UUID id;

    @BeforeEach
    void provision() {
        id = Sandboxes.provision(TestTasks.PYTHON, CANDIDATE);
    }

    @AfterEach
    void destroy() {
        Sandboxes.destroy(id);
    }

    private RequestSpecification candidate() {
        return given().auth().oauth2(accessToken(CANDIDATE)).urlEncodingEnabled(false);
    }

    private String files() {
        return "/api/assessments/" + id + "/files";
    }

    @Test
    void lists_reads_writes_renames_and_deletes_files() {
        candidate()
                .get(files())
                .then()
                .statusCode(200)
                .body("entries.find { it.path == 'tests' }.type", equalTo("directory"))
                .body("entries.find { it.path == 'main.py' }.type", equalTo("file"))
                .body(
                        "entries.find { it.path == 'main.py' }.size",
                        equalTo(TestTasks.PYTHON.starter().get("main.py").length()));
        candidate()
                .get(files() + "/calc.py")
                .then()
                .statusCode(200)
                .body("path", equalTo("calc.py"))
                .body("content", org.hamcrest.Matchers.startsWith("def add(a, b):"));

        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", "héllo\n"))
                .put(files() + "/src/pkg/new.txt")
                .then()
                .statusCode(200)
                .body("path", equalTo("src/pkg/new.txt"))
                .body("size", equalTo(7));
        candidate().get(files() + "/src/pkg/new.txt").then().statusCode(200).body("content", equalTo("héllo\n"));

        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("newPath", "docs/renamed.txt"))
                .patch(files() + "/src/pkg/new.txt")
                .then()
                .statusCode(200)
                .body("path", equalTo("docs/renamed.txt"));
        candidate().get(files() + "/src/pkg/new.txt").then().statusCode(404);
        candidate().delete(files() + "/docs").then().statusCode(204);
        candidate()
                .get(files())
                .then()
                .statusCode(200)
                .body("entries.path", not(hasItem("docs/renamed.txt")))
                .body("entries.path", not(hasItem("docs")));
        candidate().delete(files() + "/docs").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "..%2f..%2fetc%2fpasswd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "%252e%252e%252fetc%252fpasswd",
                "tests%2f..%2f..%2f..%2fetc%2fpasswd",
                "%2fetc%2fpasswd",
                "main.py%00.txt",
                "..%5c..%5cetc%5cpasswd",
                "a%2f%2fb"
            })
    void traversal_in_any_encoding_is_refused_naming_the_path(String path) {
        candidate()
                .get(files() + "/" + path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"))
                .body(not(org.hamcrest.Matchers.containsString("root:")));
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", "pwned"))
                .put(files() + "/" + path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void plain_dot_dot_segments_never_reach_a_file_outside() {
        // The HTTP layer normalizes literal ".." segments away before routing; whatever it does, no host file leaks.
        candidate()
                .get(files() + "/../../../../etc/passwd")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404))
                .body(not(org.hamcrest.Matchers.containsString("root:")));
    }

    @Test
    void a_rename_target_outside_the_workspace_is_refused_naming_new_path() {
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("newPath", "../escaped.py"))
                .patch(files() + "/main.py")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPath"));
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("newPath", "/tmp/escaped.py"))
                .patch(files() + "/main.py")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("newPath"));
    }

    @Test
    void a_symlink_planted_from_the_sandbox_does_not_lead_out() {
        Sandboxes.run(id, CANDIDATE, "ln -s /etc/passwd leak && ln -s /etc escape && ln -s calc.py alias")
                .statusCode(200)
                .body("exitCode", equalTo(0));
        candidate()
                .get(files() + "/leak")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"))
                .body(not(org.hamcrest.Matchers.containsString("root:")));
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", "x"))
                .put(files() + "/escape/evil")
                .then()
                .statusCode(400);
        candidate().get(files() + "/escape/hosts").then().statusCode(400);
        // A link that stays inside the workspace is just another name for the file.
        candidate()
                .get(files() + "/alias")
                .then()
                .statusCode(200)
                .body("content", org.hamcrest.Matchers.startsWith("def add"));
        // Deleting a link removes the link, never its target.
        candidate().delete(files() + "/escape").then().statusCode(204);
        candidate().get(files()).then().body("entries.path", not(hasItem("escape")));
    }

    @Test
    void binary_files_are_415_and_size_limits_are_413() {
        Sandboxes.run(id, CANDIDATE, "head -c 64 /dev/urandom > blob.bin && printf 'a\\0b' > nul.txt")
                .statusCode(200);
        candidate().get(files() + "/blob.bin").then().statusCode(415).contentType("application/problem+json");
        candidate().get(files() + "/nul.txt").then().statusCode(415);

        String oneMiBPlus = "x".repeat(1024 * 1024 + 1);
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", oneMiBPlus))
                .put(files() + "/big.txt")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        // The workspace limit in tests is 3 MiB: the fourth 1 MiB file does not fit.
        String oneMiB = "y".repeat(1024 * 1024 - 16);
        for (int i = 0; i < 2; i++) {
            candidate()
                    .contentType(ContentType.JSON)
                    .body(Map.of("content", oneMiB))
                    .put(files() + "/fill" + i + ".txt")
                    .then()
                    .statusCode(200);
        }
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", oneMiB))
                .put(files() + "/fill9.txt")
                .then()
                .statusCode(413);
    }

    @Test
    void unknown_fields_and_missing_content_name_the_field() {
        candidate()
                .contentType(ContentType.JSON)
                .body(Map.of("content", "x", "mode", "0777"))
                .put(files() + "/a.txt")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        candidate()
                .contentType(ContentType.JSON)
                .body("{}")
                .put(files() + "/a.txt")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("content"));
    }

    @Test
    void only_the_owner_sees_the_session_and_unknown_ids_look_the_same() {
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get(files())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .contentType(ContentType.JSON)
                .body(Map.of("command", "cat main.py"))
                .post("/api/assessments/" + id + "/run")
                .then()
                .statusCode(404);
        candidate()
                .get("/api/assessments/" + UUID.randomUUID() + "/files")
                .then()
                .statusCode(404);
        given().get(files()).then().statusCode(401);
    }
}

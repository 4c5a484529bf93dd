package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static ai.smartsuccess.skillslab.task.TaskApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TaskFileResourceTest {

    String business = accessToken(BUSINESS);
    String candidate = accessToken(CANDIDATE);
    UUID task;

    @BeforeEach
    void publicTask() {
        task = TaskApi.createPublished(business, with(newTask("Task with files"), "isPublic", true));
    }

    @AfterEach
    void removeTask() {
        TaskApi.delete(business, task);
    }

    @Test
    void the_creator_uploads_lists_downloads_and_deletes_files() {
        UUID main = TaskApi.upload(business, task, "src/./app//main.py", "starter", "print('hello')\n");
        UUID hidden = TaskApi.upload(business, task, "hidden_tests/test_main.py", "hidden", "import unittest\n");

        as(business)
                .get("/api/tasks/" + task + "/files")
                .then()
                .statusCode(200)
                .body("files.path", hasItems("src/app/main.py", "hidden_tests/test_main.py"))
                .body("files.find { it.path == 'src/app/main.py' }.mimeType", equalTo("text/x-python"))
                .body("files.find { it.path == 'src/app/main.py' }.fileType", equalTo("code"))
                .body("totalBytes", equalTo(31))
                .body("maxFileBytes", equalTo(65536));

        String body = as(candidate)
                .get("/api/tasks/" + task + "/files/" + main)
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"main.py\"")
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asString();
        assertThat(body).isEqualTo("print('hello')\n");

        as(business).get("/api/tasks/" + task + "/files/" + hidden).then().statusCode(200);
        as(accessToken(ADMIN))
                .get("/api/tasks/" + task + "/files/" + hidden)
                .then()
                .statusCode(200);

        as(business).delete("/api/tasks/" + task + "/files/" + main).then().statusCode(204);
        as(business).get("/api/tasks/" + task + "/files/" + main).then().statusCode(404);
    }

    @Test
    void candidates_never_see_hidden_test_files() {
        UUID hidden = TaskApi.upload(business, task, "hidden_tests/test_secret.py", "hidden", "SECRET = 1\n");
        TaskApi.upload(business, task, "README.md", "starter", "# Read me\n");
        as(candidate)
                .get("/api/tasks/" + task + "/files")
                .then()
                .statusCode(200)
                .body("files.path", hasItem("README.md"))
                .body("files.path", not(hasItem("hidden_tests/test_secret.py")));
        as(candidate).get("/api/tasks/" + task).then().body("files.path", not(hasItem("hidden_tests/test_secret.py")));
        as(candidate).get("/api/tasks/" + task + "/files/" + hidden).then().statusCode(404);
        as(KeycloakTokens.serviceToken(KeycloakTokens.ServiceClient.ASSESSMENT))
                .get("/internal/tasks/" + task + "/bundle")
                .then()
                .statusCode(200)
                .body("hiddenFiles.path", hasItem("hidden_tests/test_secret.py"))
                .body(
                        "hiddenFiles.find { it.path == 'hidden_tests/test_secret.py' }.contentBase64",
                        equalTo(Base64.getEncoder().encodeToString("SECRET = 1\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void uploading_to_the_same_path_replaces_the_file() {
        TaskApi.upload(business, task, "notes.md", "starter", "first\n");
        as(business)
                .multiPart("file", "notes.md", "second version\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "notes.md")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(200)
                .body("sizeBytes", equalTo(15));
        List<String> paths = as(business)
                .get("/api/tasks/" + task + "/files")
                .then()
                .extract()
                .path("files.path");
        assertThat(paths).containsExactly("notes.md");
    }

    @ParameterizedTest(name = "path {0} is refused")
    @ValueSource(
            strings = {
                "../escape.py",
                "src/../../etc/passwd",
                "/etc/passwd",
                "C:/windows/win.ini",
                "src\\main.py",
                "~/.bashrc",
                "./",
                "src/ main.py",
            })
    void paths_outside_the_workspace_are_refused(String path) {
        as(business)
                .multiPart("file", "x.py", "x = 1\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", path)
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void a_path_longer_than_500_characters_is_refused_and_500_is_accepted() {
        String at500 = "d/".repeat(247) + "ab.txt";
        assertThat(at500).hasSize(500);
        TaskApi.upload(business, task, at500, "starter", "ok\n");
        as(business)
                .multiPart("file", "x.txt", "x\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "d/".repeat(247) + "abc.txt")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void a_nul_character_in_a_path_is_refused() {
        as(business)
                .multiPart("file", "x.py", "x = 1\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "src/a\u0000.py")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void hidden_files_live_under_hidden_tests_and_starter_files_never_do() {
        as(business)
                .multiPart("file", "test_x.py", "x\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "tests/test_x.py")
                .multiPart("visibility", "hidden")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
        as(business)
                .multiPart("file", "test_x.py", "x\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "hidden_tests/test_x.py")
                .multiPart("visibility", "starter")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400);
        as(business)
                .multiPart("file", "x.py", "x\n".getBytes(StandardCharsets.UTF_8))
                .multiPart("visibility", "secret")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
    }

    @Test
    void binaries_and_unknown_kinds_of_file_are_refused() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        as(business)
                .multiPart("file", "tool", elf)
                .multiPart("path", "bin/tool.sh")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        as(business)
                .multiPart("file", "setup.exe", "MZ".getBytes(StandardCharsets.UTF_8))
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(415)
                .body("errors[0].field", equalTo("path"));
        as(business)
                .multiPart("file", "latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xe9})
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(415);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_and_one_at_the_limit_is_accepted() {
        TaskApi.upload(business, task, "data/at-limit.csv", "starter", "a".repeat(65536));
        as(business)
                .multiPart("file", "big.csv", "a".repeat(65537).getBytes(StandardCharsets.UTF_8))
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void the_files_of_a_task_are_limited_in_total() {
        TaskApi.upload(business, task, "data/one.csv", "starter", "a".repeat(60000));
        TaskApi.upload(business, task, "data/two.csv", "starter", "a".repeat(60000));
        as(business)
                .multiPart("file", "three.csv", "a".repeat(60000).getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "data/three.csv")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(413);
        List<String> paths = as(business)
                .get("/api/tasks/" + task + "/files")
                .then()
                .extract()
                .path("files.path");
        assertThat(paths).containsExactlyInAnyOrder("data/one.csv", "data/two.csv");
        // Replacing a file counts its new size instead of its old one.
        as(business)
                .multiPart("file", "two.csv", "b".repeat(40000).getBytes(StandardCharsets.UTF_8))
                .multiPart("path", "data/two.csv")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(200);
    }

    @Test
    void an_upload_without_a_file_names_the_missing_field() {
        as(business)
                .multiPart("path", "main.py")
                .post("/api/tasks/" + task + "/files")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }
}

package ai.smartsuccess.skillslab.task.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindsTest {

    @Test
    void source_text_and_data_files_are_allowed_binaries_are_not() {
        assertThat(FileKinds.allowed("src/app.py")).isTrue();
        assertThat(FileKinds.allowed("data/events.csv")).isTrue();
        assertThat(FileKinds.allowed("Makefile")).isTrue();
        assertThat(FileKinds.allowed(".gitignore")).isTrue();
        assertThat(FileKinds.allowed("tool.exe")).isFalse();
        assertThat(FileKinds.allowed("lib.so")).isFalse();
        assertThat(FileKinds.allowed("archive.zip")).isFalse();
        assertThat(FileKinds.allowed("photo.png")).isFalse();
        assertThat(FileKinds.allowed("noextension")).isFalse();
    }

    @Test
    void only_utf8_text_without_control_characters_is_text() {
        assertThat(FileKinds.isText("print('héllo')\n\tindented\r\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(FileKinds.isText(new byte[0])).isTrue();
        assertThat(FileKinds.isText(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}))
                .isFalse();
        assertThat(FileKinds.isText(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(FileKinds.isText(new byte[] {'c', 'a', 'f', (byte) 0xe9})).isFalse();
        assertThat(FileKinds.isText("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
    }

    @Test
    void kinds_and_mime_types_come_from_the_path() {
        assertThat(FileKinds.fileType("tests/test_app.py")).isEqualTo("test");
        assertThat(FileKinds.fileType("hidden_tests/app.test.mjs")).isEqualTo("test");
        assertThat(FileKinds.fileType("src/app.py")).isEqualTo("code");
        assertThat(FileKinds.fileType("README.md")).isEqualTo("document");
        assertThat(FileKinds.fileType("data/events.csv")).isEqualTo("data");
        assertThat(FileKinds.mimeType("src/app.py")).isEqualTo("text/x-python");
        assertThat(FileKinds.mimeType("Makefile")).isEqualTo("text/plain");
    }
}

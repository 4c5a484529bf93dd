package ai.smartsuccess.skillslab.task.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kind and MIME type of a task file, and which files a task may hold: source code, text, documents and data in
 * text formats, all UTF-8. Binaries (executables, archives, images, office files) are refused: a task's files are read
 * and edited in the browser editor and run only as source in the sandbox, so no binary has a use there.
 */
public final class FileKinds {

    private static final Map<String, String> MIME_TYPES = Map.ofEntries(
            Map.entry("py", "text/x-python"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("cjs", "text/javascript"),
            Map.entry("jsx", "text/javascript"),
            Map.entry("ts", "text/x-typescript"),
            Map.entry("tsx", "text/x-typescript"),
            Map.entry("json", "application/json"),
            Map.entry("ipynb", "application/json"),
            Map.entry("md", "text/markdown"),
            Map.entry("txt", "text/plain"),
            Map.entry("rst", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("html", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("xml", "application/xml"),
            Map.entry("yaml", "application/yaml"),
            Map.entry("yml", "application/yaml"),
            Map.entry("toml", "application/toml"),
            Map.entry("ini", "text/plain"),
            Map.entry("cfg", "text/plain"),
            Map.entry("sql", "application/sql"),
            Map.entry("sh", "text/x-shellscript"),
            Map.entry("java", "text/x-java"),
            Map.entry("go", "text/x-go"),
            Map.entry("rb", "text/x-ruby"),
            Map.entry("rs", "text/x-rust"),
            Map.entry("c", "text/x-c"),
            Map.entry("h", "text/x-c"),
            Map.entry("cpp", "text/x-c++"),
            Map.entry("kt", "text/x-kotlin"));

    /** Text files known by name rather than by extension. */
    private static final Set<String> TEXT_NAMES = Set.of(
            "Makefile", "Dockerfile", "LICENSE", "README", ".gitignore", ".editorconfig", ".nvmrc", ".python-version");

    /** Whether a task may hold a file of this name. */
    public static boolean allowed(String path) {
        return TEXT_NAMES.contains(name(path)) || MIME_TYPES.containsKey(extension(path));
    }

    public static String allowedList() {
        return String.join(", ", MIME_TYPES.keySet().stream().sorted().toList());
    }

    /**
     * Whether the bytes are text: valid UTF-8 without NUL or control characters other than tab, line feed, form feed
     * and carriage return.
     */
    public static boolean isText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f);
    }

    public static String mimeType(String path) {
        if (TEXT_NAMES.contains(name(path))) {
            return "text/plain";
        }
        return MIME_TYPES.getOrDefault(extension(path), "application/octet-stream");
    }

    /** {@code test}, {@code code}, {@code document}, {@code data} or {@code other}. */
    public static String fileType(String path) {
        String name = name(path).toLowerCase(Locale.ROOT);
        String extension = extension(path);
        if (path.startsWith("tests/")
                || path.startsWith(TaskPaths.HIDDEN_DIR)
                || name.startsWith("test_")
                || name.contains(".test.")) {
            return "test";
        }
        return switch (extension) {
            case "py",
                    "js",
                    "mjs",
                    "cjs",
                    "jsx",
                    "ts",
                    "tsx",
                    "html",
                    "css",
                    "sql",
                    "sh",
                    "java",
                    "go",
                    "rb",
                    "rs",
                    "c",
                    "h",
                    "cpp",
                    "kt" -> "code";
            case "md", "txt", "rst" -> "document";
            case "csv", "tsv", "json", "ipynb", "yaml", "yml", "toml", "xml", "ini", "cfg" -> "data";
            default -> "other";
        };
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private FileKinds() {}
}

package ai.smartsuccess.skillslab.task.service;

import java.util.Locale;
import java.util.Map;

/** The kind and MIME type of a task file, from its path. */
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
            Map.entry("md", "text/markdown"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("html", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("yaml", "application/yaml"),
            Map.entry("yml", "application/yaml"),
            Map.entry("toml", "application/toml"),
            Map.entry("sql", "application/sql"),
            Map.entry("sh", "text/x-shellscript"));

    public static String mimeType(String path) {
        return MIME_TYPES.getOrDefault(extension(path), "application/octet-stream");
    }

    /** {@code test}, {@code code}, {@code document}, {@code data} or {@code other}. */
    public static String fileType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String extension = extension(path);
        if (path.startsWith("tests/") || name.startsWith("test_") || name.contains(".test.")) {
            return "test";
        }
        return switch (extension) {
            case "py", "js", "mjs", "cjs", "jsx", "ts", "tsx", "html", "css", "sql", "sh" -> "code";
            case "md", "txt" -> "document";
            case "csv", "json", "yaml", "yml", "toml" -> "data";
            default -> "other";
        };
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private FileKinds() {}
}

package ai.smartsuccess.skillslab.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code sketch kept as a class-path resource under {@code ai/smartsuccess/skillslab/offline/templates/}, with
 * {@code {{name}}} placeholders filled in Java. A placeholder alone on its line stands for a block: its value is whole
 * lines (each ending in a newline) or nothing, and the line goes with it. A placeholder without a value is an error,
 * never left in an answer.
 */
final class Template {

    static final String ROOT = "ai/smartsuccess/skillslab/offline/templates/";
    /** A block (alone on its line) or an inline placeholder; one pass, so values are never read as templates. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?m)^\\{\\{(\\w+)\\}\\}\\n|\\{\\{(\\w+)\\}\\}");

    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private Template() {}

    /** The template {@code name} (for example {@code python/server.py}) with {@code values} filled in. */
    static String fill(String name, Map<String, String> values) {
        String text = LOADED.computeIfAbsent(name, Template::load);
        StringBuilder out = new StringBuilder(text.length() * 2);
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            boolean block = placeholder.group(1) != null;
            String key = block ? placeholder.group(1) : placeholder.group(2);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("template " + name + " needs a value for " + key);
            }
            if (block && !value.isEmpty() && !value.endsWith("\n")) {
                throw new IllegalArgumentException("block " + key + " of template " + name + " must be whole lines");
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String load(String name) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("template " + ROOT + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + " could not be read", e);
        }
    }
}

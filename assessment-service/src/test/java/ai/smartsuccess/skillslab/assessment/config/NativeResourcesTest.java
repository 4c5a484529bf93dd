package ai.smartsuccess.skillslab.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.offline.OfflineAssistantModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native executable holds only the class-path resources that {@code quarkus.native.resources.includes} names: every
 * template of the offline assistant must match one of its patterns, or the offline answers fail in native images only.
 */
class NativeResourcesTest {

    private static final String TEMPLATES = "ai/smartsuccess/skillslab/offline/templates";

    @Test
    void every_offline_assistant_template_is_included_in_the_native_image() throws Exception {
        List<Pattern> includes = includes();
        List<String> templates = templates();
        assertThat(templates).contains(TEMPLATES + "/python/server.py", TEMPLATES + "/javascript/server.js");
        assertThat(templates)
                .allSatisfy(resource -> assertThat(includes)
                        .as(resource)
                        .anyMatch(pattern -> pattern.matcher(resource).matches()));
    }

    private static List<Pattern> includes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeResourcesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return Arrays.stream(properties
                        .getProperty("quarkus.native.resources.includes")
                        .split(","))
                .map(String::strip)
                .map(NativeResourcesTest::glob)
                .toList();
    }

    /** Quarkus's glob: {@code **} crosses folders, {@code *} does not. */
    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The templates as the offline-assistant jar (or its classes folder, in the IDE) holds them. */
    private static List<String> templates() throws IOException, URISyntaxException {
        URI uri = OfflineAssistantModel.class
                .getClassLoader()
                .getResource(TEMPLATES)
                .toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.getPath("/" + TEMPLATES), jar.getPath("/"));
            }
        }
        Path folder = Path.of(uri);
        Path root = folder;
        for (int i = 0; i < TEMPLATES.split("/").length; i++) {
            root = root.getParent();
        }
        return list(folder, root);
    }

    private static List<String> list(Path folder, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}

package ai.smartsuccess.skillslab.platform.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.Topics;
import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.contracts.report.DetailedAnalysis;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractsReflectionTest {

    /** Constants, tables and descriptions for OpenAPI documents (with their nested records). */
    private static final Set<String> NEVER_SERIALIZED =
            Set.of(Topics.class.getName(), DefaultEvaluation.class.getName(), DetailedAnalysis.class.getName());

    @Test
    void everyContractTypeIsRegisteredForReflection() throws IOException, URISyntaxException {
        Set<String> registered = Arrays.stream(ContractsReflection.class
                        .getAnnotation(RegisterForReflection.class)
                        .targets())
                .map(Class::getName)
                .collect(Collectors.toSet());

        assertThat(registered).containsExactlyInAnyOrderElementsOf(contractTypes());
    }

    /** Every class of the contracts jar but the constants and tables that are never serialized. */
    private static Set<String> contractTypes() throws IOException, URISyntaxException {
        URL location = Topics.class.getProtectionDomain().getCodeSource().getLocation();
        Path root = Path.of(location.toURI());
        if (Files.isDirectory(root)) {
            return classesUnder(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            return classesUnder(jar.getPath("/"));
        }
    }

    private static Set<String> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .filter(name -> !NEVER_SERIALIZED.contains(name.split("\\$")[0]))
                    .collect(Collectors.toSet());
        }
    }
}

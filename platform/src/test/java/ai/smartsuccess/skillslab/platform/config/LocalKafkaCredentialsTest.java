package ai.smartsuccess.skillslab.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaCredentialsTest {

    @TempDir
    Path home;

    private SmallRyeConfig config(Map<String, String> environment, String profile) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("SKILLSLAB_HOME", home.toString());
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(env, "environment", 300))
                .withSources(new PropertiesConfigSource(
                        Map.of("quarkus.application.name", "scoring-service"), "application.properties", 250))
                .withSources(new LocalKafkaCredentials())
                .build();
    }

    private void launcherMadePassword(String user, String password) throws IOException {
        Path file = LocalKafkaCredentials.passwordFile(home, user);
        Files.createDirectories(file.getParent());
        Files.writeString(file, password + "\n");
    }

    @Test
    void testsAndDevModeLogInAsTheServiceWithTheLaunchersPassword() throws IOException {
        launcherMadePassword("scoring-service", "made-by-the-launcher");

        for (String profile : new String[] {"test", "dev"}) {
            SmallRyeConfig config = config(Map.of(), profile);
            assertThat(config.getValue("KAFKA_USERNAME", String.class)).isEqualTo("scoring-service");
            assertThat(config.getValue("KAFKA_PASSWORD", String.class)).isEqualTo("made-by-the-launcher");
        }
    }

    @Test
    void theEnvironmentWins() throws IOException {
        launcherMadePassword("scoring-service", "made-by-the-launcher");

        SmallRyeConfig config = config(Map.of("KAFKA_USERNAME", "admin", "KAFKA_PASSWORD", "given"), "test");

        assertThat(config.getValue("KAFKA_USERNAME", String.class)).isEqualTo("admin");
        assertThat(config.getValue("KAFKA_PASSWORD", String.class)).isEqualTo("given");
    }

    @Test
    void productionNeverReadsTheLaunchersFiles() throws IOException {
        launcherMadePassword("scoring-service", "made-by-the-launcher");

        Optional<String> password = config(Map.of(), "prod").getOptionalValue("KAFKA_PASSWORD", String.class);

        assertThat(password).isEmpty();
    }

    @Test
    void withoutTheLaunchersFileNothingIsMadeUp() {
        assertThat(config(Map.of(), "test").getOptionalValue("KAFKA_PASSWORD", String.class))
                .isEmpty();
    }
}

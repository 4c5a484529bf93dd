package ai.smartsuccess.skillslab.platform.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In the dev and test profiles, the Kafka user and password the local launcher made for this service: it logs in to
 * the launcher's broker as {@code quarkus.application.name}, with the password in
 * {@code $SKILLSLAB_HOME/kafka-credentials/<service>.password} (see launcher/lib/infra.sh). Each service's
 * application.properties reads them as KAFKA_USERNAME and KAFKA_PASSWORD; set in the environment, those win (a
 * low-ordinal default only). Never in other profiles: production passwords come from the environment alone.
 */
public class LocalKafkaCredentials implements ConfigSourceFactory {

    static final String USERNAME = "KAFKA_USERNAME";
    static final String PASSWORD = "KAFKA_PASSWORD";
    static final String APPLICATION_NAME = "quarkus.application.name";
    static final String HOME = "SKILLSLAB_HOME";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!(profiles.contains("dev") || profiles.contains("test")) || isSet(context.getValue(PASSWORD))) {
            return List.of();
        }
        String user = isSet(context.getValue(USERNAME))
                ? context.getValue(USERNAME).getValue()
                : isSet(context.getValue(APPLICATION_NAME))
                        ? context.getValue(APPLICATION_NAME).getValue()
                        : null;
        if (user == null) {
            return List.of();
        }
        ConfigValue home = context.getValue(HOME);
        Path file = passwordFile(isSet(home) ? Path.of(home.getValue()) : defaultHome(), user);
        if (!Files.isReadable(file)) {
            // The broker refuses the login then; the launcher makes the file (./skillslab up or test).
            return List.of();
        }
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            return List.of(new PropertiesConfigSource(
                    Map.of(USERNAME, user, PASSWORD, password),
                    "skillslab-local-kafka-credentials",
                    TracingSwitch.ORDINAL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local Kafka password " + file, e);
        }
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(TracingSwitch.ORDINAL);
    }

    /** Where the launcher keeps a Kafka user's password. */
    public static Path passwordFile(Path skillslabHome, String user) {
        return skillslabHome.resolve("kafka-credentials").resolve(user + ".password");
    }

    static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".skillslab");
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}

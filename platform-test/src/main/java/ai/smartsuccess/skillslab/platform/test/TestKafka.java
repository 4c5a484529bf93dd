package ai.smartsuccess.skillslab.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The real local Kafka broker that the services' tests publish to and read from. It takes SASL/SCRAM logins only: the
 * test clients log in as the launcher's {@code admin} user (allowed every topic), with the password the launcher made
 * for this installation in {@code $SKILLSLAB_HOME/kafka-credentials}.
 */
public final class TestKafka {

    /**
     * {@code -Dkafka.bootstrap} (or KAFKA_BOOTSTRAP_SERVERS, as the services read it) to point the tests at another
     * broker.
     */
    public static final String BOOTSTRAP = System.getProperty(
            "kafka.bootstrap",
            Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).orElse("127.0.0.1:9092"));

    /** The launcher's super user: topics, ACLs, and tests that read or write any topic. */
    public static final String ADMIN = "admin";

    /** Publishes one record exactly as given (also what no producer of ours would write), once the broker has it. */
    public static RecordMetadata publish(String topic, String key, byte[] value) {
        try (TopicWriter writer = new TopicWriter()) {
            return writer.send(topic, key, value);
        }
    }

    /** Publishes one record of this text (UTF-8) exactly as given, once the broker has it. */
    public static RecordMetadata publish(String topic, String key, String value) {
        return publish(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** What a client needs to reach the broker as the admin user. */
    public static Properties clientProperties() {
        return clientProperties(ADMIN);
    }

    /** What a client needs to reach the broker as this user (the admin or a service, named like it). */
    public static Properties clientProperties(String user) {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password(user) + "\";");
        return props;
    }

    /** The password the launcher made for this user ({@code ./skillslab up} or {@code test} makes them). */
    public static String password(String user) {
        Path home = Optional.ofNullable(System.getenv("SKILLSLAB_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".skillslab"));
        Path file = home.resolve("kafka-credentials").resolve(user + ".password");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "no Kafka password for " + user + " at " + file + ": start the local platform (./skillslab up)", e);
        }
    }

    private TestKafka() {}
}

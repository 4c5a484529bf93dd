import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the security end-to-end test asks the platform's broker, as a single-file program on Kafka's class path:
 * {@code java -cp '<kafka>/libs/*' KafkaProbe.java <command> ...}. Passwords are read from the launcher's credentials
 * directory (files only its user can read), never taken from the command line, and never printed.
 *
 * <ul>
 *   <li>{@code produce <bootstrap> <credentials-dir> <topic> <user|->...}: tries to publish one {@code ScoreComputed}
 *       event as each SCRAM user in turn ({@code -}: no credentials at all, plain TCP to the SASL listener;
 *       {@code <user>:wrong}: the user with a wrong password). Prints one line per user, {@code RESULT <user> accepted}
 *       or {@code RESULT <user> refused <exception> <message>}.
 *   <li>{@code compacted <bootstrap> <credentials-dir> <marker>...}: as the admin user, every topic whose
 *       {@code cleanup.policy} includes {@code compact}, read from the beginning to its end; prints {@code TOPIC <name>
 *       <records>} per topic and {@code FOUND <topic> <partition>@<offset> <marker>} for each record holding a marker.
 * </ul>
 */
public class KafkaProbe {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "produce" -> {
                for (String user : List.of(args).subList(4, args.length)) {
                    produce(args[1], Path.of(args[2]), user, args[3]);
                }
            }
            case "compacted" -> compacted(args[1], Path.of(args[2]), List.of(args).subList(3, args.length));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static Properties client(String bootstrap, Path credentials, String user) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        if (user.equals("-")) {
            props.put("security.protocol", "PLAINTEXT");
            return props;
        }
        boolean wrong = user.endsWith(":wrong");
        String name = wrong ? user.substring(0, user.length() - ":wrong".length()) : user;
        String password = wrong
                ? "not-" + UUID.randomUUID()
                : Files.readString(credentials.resolve(name + ".password"), StandardCharsets.UTF_8).trim();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name + "\" password=\""
                        + password + "\";");
        return props;
    }

    static void produce(String bootstrap, Path credentials, String user, String topic) throws Exception {
        Properties props = client(bootstrap, credentials, user);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 6000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        props.put(ProducerConfig.RETRIES_CONFIG, 0);
        String assessmentId = UUID.randomUUID().toString();
        String event = "{\"eventType\":\"ScoreComputed\",\"assessmentId\":\"" + assessmentId
                + "\",\"finalScore\":100,\"proficiencyLevel\":\"expert\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, assessmentId, event)).get(20, TimeUnit.SECONDS);
            System.out.println("RESULT " + user + " accepted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            System.out.println("RESULT " + user + " refused " + cause.getClass().getSimpleName() + " " + oneLine(cause.getMessage()));
        } catch (Exception e) {
            System.out.println("RESULT " + user + " refused " + e.getClass().getSimpleName() + " " + oneLine(e.getMessage()));
        }
    }

    static void compacted(String bootstrap, Path credentials, List<String> markers) throws Exception {
        Properties props = client(bootstrap, credentials, "admin");
        List<String> topics = new ArrayList<>();
        try (Admin admin = Admin.create(props)) {
            Set<String> names = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            List<ConfigResource> resources = names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                    .toList();
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(resources).all().get(20, TimeUnit.SECONDS);
            for (var entry : configs.entrySet()) {
                var policy = entry.getValue().get("cleanup.policy");
                String value = policy == null ? "" : policy.value();
                System.out.println("POLICY " + entry.getKey().name() + " " + value);
                if (value.contains("compact")) {
                    topics.add(entry.getKey().name());
                }
            }
        }
        if (topics.isEmpty()) {
            System.out.println("NONE");
            return;
        }
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
                Map<TopicPartition, Long> position = new HashMap<>();
                long records = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (partitions.stream().anyMatch(p -> position.getOrDefault(p, 0L) < end.get(p))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                        records++;
                        String text = (record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8))
                                + " " + (record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                        for (String marker : markers) {
                            if (text.toLowerCase().contains(marker.toLowerCase())) {
                                System.out.println("FOUND " + topic + " " + record.partition() + "@" + record.offset()
                                        + " " + marker);
                            }
                        }
                    }
                    for (TopicPartition p : partitions) {
                        position.put(p, consumer.position(p));
                    }
                }
                System.out.println("TOPIC " + topic + " " + records);
            }
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ");
    }
}

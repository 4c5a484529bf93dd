import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the platform's topics (and their dead-letter topics) when missing. Run by the launcher as a single-file
 * program on the broker's class path: {@code java -cp 'libs/*' CreateTopics.java admin-client.properties partitions
 * topic...}, where the properties file holds the broker's address and the launcher's admin credentials (SASL/SCRAM).
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            props.load(in);
        }
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000);
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                for (String name : List.of(args[i], args[i] + ".dlq")) {
                    if (!existing.contains(name)) {
                        missing.add(new NewTopic(name, partitions, (short) 1).configs(Map.of("retention.ms", "604800000")));
                    }
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("topics ready (" + missing.size() + " created)");
        }
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Makes the launcher's broker know the platform's users and allow each exactly what launcher/config/kafka/acls.txt
 * says. Run after every start of the broker, as a single-file program on its class path:
 * {@code java -cp 'libs/*' KafkaSecurity.java client.properties credentials-dir [acls.txt]}.
 *
 * <ol>
 *   <li>SCRAM-SHA-512 credentials for every {@code <user>.password} file of the credentials directory. Normally as the
 *       admin user; once per data directory the launcher runs this without acls.txt against the broker started
 *       without authentication on loopback, to create the admin user itself (KRaft's controller listener does not take
 *       this request).
 *   <li>With acls.txt, as the admin user: every binding of the table (for the topic and its {@code test.} copy, and
 *       the user's own consumer groups) is created when missing, and any other ACL of these users is deleted. Running
 *       it again changes nothing.
 * </ol>
 * Passwords never appear on a command line: they are read from files only the launcher's user can read.
 */
public class KafkaSecurity {

    private static final String TEST_PREFIX = "test.";

    public static void main(String[] args) throws Exception {
        Properties client = new Properties();
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            client.load(in);
        }
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000);
        try (Admin admin = Admin.create(client)) {
            upsertUsers(admin, Path.of(args[1]));
            if (args.length > 2) {
                applyAcls(admin, Path.of(args[2]));
            }
        }
    }

    static void upsertUsers(Admin admin, Path credentials) throws Exception {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        Set<String> users = new TreeSet<>();
        try (Stream<Path> files = Files.list(credentials)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".password")).toList()) {
                String user = file.getFileName().toString().replaceFirst("\\.password$", "");
                String password = Files.readString(file, StandardCharsets.UTF_8).trim();
                upserts.add(new UserScramCredentialUpsertion(
                        user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
                users.add(user);
            }
        }
        admin.alterUserScramCredentials(upserts).all().get();
        System.out.println("SCRAM-SHA-512 users ready: " + String.join(" ", users));
    }

    static void applyAcls(Admin admin, Path aclTable) throws Exception {
        Set<AclBinding> wanted = wantedBindings(aclTable);
        Set<String> principals = new TreeSet<>();
        wanted.forEach(binding -> principals.add(binding.entry().principal()));
        try {
            Set<AclBinding> existing = new HashSet<>();
            List<AclBindingFilter> unwanted = new ArrayList<>();
            for (String principal : principals) {
                AclBindingFilter ofPrincipal = new AclBindingFilter(
                        ResourcePatternFilter.ANY,
                        new AccessControlEntryFilter(principal, null, AclOperation.ANY, AclPermissionType.ANY));
                for (AclBinding binding : admin.describeAcls(ofPrincipal).values().get()) {
                    existing.add(binding);
                    if (!wanted.contains(binding)) {
                        unwanted.add(binding.toFilter());
                    }
                }
            }
            List<AclBinding> missing =
                    wanted.stream().filter(b -> !existing.contains(b)).toList();
            if (!unwanted.isEmpty()) {
                admin.deleteAcls(unwanted).all().get();
            }
            if (!missing.isEmpty()) {
                admin.createAcls(missing).all().get();
            }
            System.out.println("ACLs ready for " + principals.size() + " users (" + missing.size() + " created, "
                    + unwanted.size() + " removed)");
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not apply the ACLs of " + aclTable + ": " + e.getCause(), e.getCause());
        }
    }

    /** The bindings acls.txt asks for: per line the topic and its test copy, per user its consumer groups. */
    static Set<AclBinding> wantedBindings(Path aclTable) throws IOException {
        Set<AclBinding> wanted = new LinkedHashSet<>();
        Set<String> users = new TreeSet<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(aclTable, StandardCharsets.UTF_8)) {
            lineNumber++;
            String content = line.replaceFirst("#.*", "").trim();
            if (content.isEmpty()) {
                continue;
            }
            String[] fields = content.split("\\s+");
            if (fields.length != 3) {
                throw new IllegalArgumentException(aclTable + ":" + lineNumber + ": expected 'user operation topic'");
            }
            String user = fields[0];
            AclOperation operation =
                    switch (fields[1]) {
                        case "write" -> AclOperation.WRITE;
                        case "read" -> AclOperation.READ;
                        default -> throw new IllegalArgumentException(
                                aclTable + ":" + lineNumber + ": operation must be read or write, not " + fields[1]);
                    };
            for (String topic : List.of(fields[2], TEST_PREFIX + fields[2])) {
                wanted.add(allow(user, operation, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL)));
            }
            users.add(user);
        }
        for (String user : users) {
            wanted.add(allow(user, AclOperation.READ, new ResourcePattern(ResourceType.GROUP, user, PatternType.PREFIXED)));
        }
        return wanted;
    }

    private static AclBinding allow(String user, AclOperation operation, ResourcePattern resource) {
        return new AclBinding(resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }
}

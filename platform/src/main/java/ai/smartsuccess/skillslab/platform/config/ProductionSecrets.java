package ai.smartsuccess.skillslab.platform.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a production start may go on: every secret a service names in skillslab.production-secrets.keys must be set, and set to
 * something other than the local platform's defaults. Those defaults are public (they are in this repository), so a
 * service that runs with one of them is open to anyone who reads it.
 *
 * <p>Plain Java, so that the rules are tested without starting Quarkus; {@link ProductionSecretsGuard} applies them at
 * start. A finding names the configuration key and where to set it, never the value.
 */
public final class ProductionSecrets {

    /**
     * Set as the environment variable SKILLSLAB_ALLOW_LOCAL_SECRETS=true by the local launcher only, which runs the
     * packaged services (prod profile) against the local platform. Read from the environment (or a system property),
     * never from application.properties, where a copied line would disarm the check everywhere.
     */
    public static final String ALLOW_LOCAL_SECRETS_VARIABLE = "SKILLSLAB_ALLOW_LOCAL_SECRETS";

    /** The same switch as a system property (-Dskillslab.allow-local-secrets=true). */
    public static final String ALLOW_LOCAL_SECRETS = "skillslab.allow-local-secrets";

    /**
     * The values the local platform uses for its secrets (launcher and application.properties defaults). A value
     * copied from there into a deployment is caught even when it no longer comes from the default.
     */
    static final Set<String> LOCAL_DEFAULTS = Set.of(
            // Keycloak client skills-lab-service of earlier realm exports (one client for every service)
            "skills-lab-local-service-secret",
            // the services' test clients, which exist only in the local platform's Keycloak (local-realm.json)
            "gateway-service-test-secret",
            "assessment-service-test-secret",
            "sandbox-orchestrator-test-secret",
            // S3Proxy's secret key
            "skillslab-local-secret",
            // AES-256-GCM key that encrypts the candidates' own provider keys (dev and test profiles)
            "c2tpbGxzLWxhYi1sb2NhbC1rZXktZW5jcnlwdGlvbi0=",
            // AES-256-GCM key that encrypts the webhooks' signing secrets (dev and test profiles)
            "c2tpbGxzLWxhYi1sb2NhbC13ZWJob29rLXNlY3JldHM=",
            // PostgreSQL password
            "skillslab");

    private static final String S3_STATIC_CREDENTIALS = "quarkus.s3.aws.credentials.static-provider.";
    private static final String S3_CREDENTIALS_TYPE = "quarkus.s3.aws.credentials.type";

    /** {@code ${NAME}} or {@code ${NAME:default}}, as application.properties writes an environment-provided value. */
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(?::(.*))?}$");

    private ProductionSecrets() {}

    /** Where the values come from; the guard reads Quarkus's configuration, tests a map. */
    public interface Source {
        /** The value in effect, expressions expanded; empty when it is not set or blank. */
        Optional<String> value(String key);

        /** The value as written by the source that sets it, e.g. {@code ${DB_PASSWORD:skillslab}}. */
        Optional<String> rawValue(String key);
    }

    public enum Problem {
        MISSING("is not set"),
        LOCAL_DEFAULT("still has the local development default");

        private final String description;

        Problem(String description) {
            this.description = description;
        }
    }

    /** One secret that stops the start; {@code variable} is the environment variable that sets it. */
    public record Finding(String key, Problem problem, String variable) {
        public String message() {
            return "Refusing to start: configuration key " + key + " " + problem.description
                    + ". Set the environment variable " + variable
                    + " to the production value (for example from a Kubernetes Secret).";
        }
    }

    /**
     * The check guards every profile except dev and test (whose values are the local platform's by design), unless the
     * local launcher allows local secrets explicitly.
     */
    public static boolean applies(Collection<String> activeProfiles, boolean allowLocalSecrets) {
        if (allowLocalSecrets) {
            return false;
        }
        return !(activeProfiles.contains("dev") || activeProfiles.contains("test"));
    }

    public static List<Finding> check(Collection<String> keys, Source source) {
        List<Finding> findings = new ArrayList<>();
        for (String key : keys) {
            if (key.startsWith(S3_STATIC_CREDENTIALS) && !usesStaticS3Credentials(source)) {
                // With credentials.type default (IAM role, web identity...) the static keys are never read.
                continue;
            }
            Optional<String> raw = source.rawValue(key);
            String variable = raw.flatMap(ProductionSecrets::expressionVariable).orElseGet(() -> environmentName(key));
            Optional<String> value = source.value(key).filter(v -> !v.isBlank());
            if (value.isEmpty()) {
                findings.add(new Finding(key, Problem.MISSING, variable));
            } else if (LOCAL_DEFAULTS.contains(value.get())
                    || raw.flatMap(ProductionSecrets::expressionDefault)
                            .filter(value.get()::equals)
                            .isPresent()) {
                findings.add(new Finding(key, Problem.LOCAL_DEFAULT, variable));
            }
        }
        return findings;
    }

    private static boolean usesStaticS3Credentials(Source source) {
        return source.value(S3_CREDENTIALS_TYPE)
                .map(type -> type.equalsIgnoreCase("static"))
                .orElse(false);
    }

    static Optional<String> expressionVariable(String raw) {
        Matcher m = EXPRESSION.matcher(raw.trim());
        return m.matches() ? Optional.of(environmentName(m.group(1))) : Optional.empty();
    }

    static Optional<String> expressionDefault(String raw) {
        Matcher m = EXPRESSION.matcher(raw.trim());
        return m.matches() ? Optional.ofNullable(m.group(2)).filter(d -> !d.isEmpty()) : Optional.empty();
    }

    /** The environment variable MicroProfile Config maps onto a key: other than letters and digits become '_'. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}

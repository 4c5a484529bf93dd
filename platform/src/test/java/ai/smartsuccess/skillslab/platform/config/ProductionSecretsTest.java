package ai.smartsuccess.skillslab.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.config.ProductionSecrets.Finding;
import ai.smartsuccess.skillslab.platform.config.ProductionSecrets.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final String CLIENT_SECRET = "quarkus.oidc-client.credentials.secret";
    private static final String DB_PASSWORD = "quarkus.datasource.password";
    private static final String DB_URL = "quarkus.datasource.jdbc.url";
    private static final String S3_SECRET = "quarkus.s3.aws.credentials.static-provider.secret-access-key";

    /** Raw values as application.properties writes them, and the values in effect. */
    private final Map<String, String> raw = new HashMap<>();

    private final Map<String, String> values = new HashMap<>();

    private final ProductionSecrets.Source source = new ProductionSecrets.Source() {
        @Override
        public Optional<String> value(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public Optional<String> rawValue(String key) {
            return Optional.ofNullable(raw.get(key));
        }
    };

    @Test
    void aSecretLeftAtItsLocalDefaultStopsTheStartAndNamesTheVariableNotTheValue() {
        raw.put(CLIENT_SECRET, "${SERVICE_CLIENT_SECRET:skills-lab-local-service-secret}");
        values.put(CLIENT_SECRET, "skills-lab-local-service-secret");

        List<Finding> findings = ProductionSecrets.check(List.of(CLIENT_SECRET), source);

        assertThat(findings)
                .containsExactly(new Finding(CLIENT_SECRET, Problem.LOCAL_DEFAULT, "SERVICE_CLIENT_SECRET"));
        assertThat(findings.get(0).message())
                .contains(CLIENT_SECRET, "SERVICE_CLIENT_SECRET", "local development default")
                .doesNotContain("skills-lab-local-service-secret");
    }

    @Test
    void aLocalDefaultCopiedIntoTheEnvironmentIsStillRefused() {
        // The operator set QUARKUS_DATASOURCE_PASSWORD=skillslab: the raw value is no longer the expression.
        raw.put(DB_PASSWORD, "skillslab");
        values.put(DB_PASSWORD, "skillslab");

        assertThat(ProductionSecrets.check(List.of(DB_PASSWORD), source))
                .containsExactly(new Finding(DB_PASSWORD, Problem.LOCAL_DEFAULT, "QUARKUS_DATASOURCE_PASSWORD"));
    }

    @Test
    void aUrlLeftAtTheExpressionsOwnDefaultIsRefused() {
        raw.put(DB_URL, "${DB_JDBC_URL:jdbc:postgresql://127.0.0.1:5432/skillslab}");
        values.put(DB_URL, "jdbc:postgresql://127.0.0.1:5432/skillslab");

        assertThat(ProductionSecrets.check(List.of(DB_URL), source))
                .containsExactly(new Finding(DB_URL, Problem.LOCAL_DEFAULT, "DB_JDBC_URL"));
    }

    @Test
    void aMissingOrBlankSecretStopsTheStart() {
        raw.put(CLIENT_SECRET, "${SERVICE_CLIENT_SECRET}");
        raw.put(DB_PASSWORD, "${DB_PASSWORD:}");
        values.put(DB_PASSWORD, "  ");

        List<Finding> findings = ProductionSecrets.check(List.of(CLIENT_SECRET, DB_PASSWORD), source);

        assertThat(findings)
                .containsExactly(
                        new Finding(CLIENT_SECRET, Problem.MISSING, "SERVICE_CLIENT_SECRET"),
                        new Finding(DB_PASSWORD, Problem.MISSING, "DB_PASSWORD"));
        assertThat(findings.get(0).message()).contains("is not set");
    }

    @Test
    void aPasswordInsideAnotherValueIsCheckedByItsOwnName() {
        // kafka.sasl.jaas.config embeds ${KAFKA_PASSWORD:}: the services list KAFKA_PASSWORD itself.
        assertThat(ProductionSecrets.check(List.of("KAFKA_PASSWORD"), source))
                .containsExactly(new Finding("KAFKA_PASSWORD", Problem.MISSING, "KAFKA_PASSWORD"));

        raw.put("KAFKA_PASSWORD", "from-the-secret");
        values.put("KAFKA_PASSWORD", "from-the-secret");
        assertThat(ProductionSecrets.check(List.of("KAFKA_PASSWORD"), source)).isEmpty();
    }

    @Test
    void productionValuesPass() {
        raw.put(CLIENT_SECRET, "${SERVICE_CLIENT_SECRET:skills-lab-local-service-secret}");
        values.put(CLIENT_SECRET, "a-real-secret-from-the-vault");
        raw.put(DB_URL, "${DB_JDBC_URL:jdbc:postgresql://127.0.0.1:5432/skillslab}");
        values.put(DB_URL, "jdbc:postgresql://db.internal:5432/skillslab");
        raw.put(DB_PASSWORD, "${DB_PASSWORD:skillslab}");
        values.put(DB_PASSWORD, "s3cr3t-pg");

        assertThat(ProductionSecrets.check(List.of(CLIENT_SECRET, DB_URL, DB_PASSWORD), source))
                .isEmpty();
    }

    @Test
    void staticS3KeysAreCheckedOnlyWhenStaticCredentialsAreUsed() {
        raw.put(S3_SECRET, "${S3_SECRET_KEY:skillslab-local-secret}");
        values.put(S3_SECRET, "skillslab-local-secret");

        values.put("quarkus.s3.aws.credentials.type", "static");
        assertThat(ProductionSecrets.check(List.of(S3_SECRET), source))
                .containsExactly(new Finding(S3_SECRET, Problem.LOCAL_DEFAULT, "S3_SECRET_KEY"));

        // An IAM role (web identity, instance profile): the static key is never read.
        values.put("quarkus.s3.aws.credentials.type", "default");
        assertThat(ProductionSecrets.check(List.of(S3_SECRET), source)).isEmpty();
    }

    @Test
    void theCheckGuardsEveryProfileButDevAndTestUnlessTheLauncherAllowsLocalSecrets() {
        assertThat(ProductionSecrets.applies(List.of("prod"), false)).isTrue();
        assertThat(ProductionSecrets.applies(List.of("staging"), false)).isTrue();
        assertThat(ProductionSecrets.applies(List.of("dev"), false)).isFalse();
        assertThat(ProductionSecrets.applies(List.of("test"), false)).isFalse();
        assertThat(ProductionSecrets.applies(List.of("prod"), true)).isFalse();
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertThat(ProductionSecrets.environmentName("quarkus.keycloak.admin-client.client-secret"))
                .isEqualTo("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
        assertThat(ProductionSecrets.expressionVariable("${AI_KEY_ENCRYPTION_KEY:abc=}"))
                .contains("AI_KEY_ENCRYPTION_KEY");
        assertThat(ProductionSecrets.expressionDefault("${AI_KEY_ENCRYPTION_KEY:abc=}"))
                .contains("abc=");
        assertThat(ProductionSecrets.expressionVariable("plain")).isEmpty();
    }
}

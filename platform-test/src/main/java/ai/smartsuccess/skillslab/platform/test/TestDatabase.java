package ai.smartsuccess.skillslab.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Direct SQL on the database of the service under test, for what a test cannot do through the API in reasonable time
 * (moving a clock, leaving a row as a crashed instance would) or to read what is stored at rest.
 *
 * <p>It connects where the service's own JDBC datasource does: {@code quarkus.datasource.jdbc.url}, {@code username}
 * and {@code password} as the running service resolved them (its {@code %test} profile, and whatever overrides them,
 * such as {@code _TEST_QUARKUS_DATASOURCE_JDBC_URL}). Outside a Quarkus test, the local test database.
 */
public final class TestDatabase {

    /** The local platform's test database, where every service's {@code %test} datasource points. */
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/skillslab_test";

    static final String LOCAL_USER = "skillslab";

    /** The first column of the first row (null when there is none), as the JDBC driver gives it. */
    public static Object value(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an insert, update or delete; answers how many rows it changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new connection (auto-commit), for what {@link #value} and {@link #execute} do not cover; close it. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                setting(config, "quarkus.datasource.jdbc.url").orElse(LOCAL_URL),
                setting(config, "quarkus.datasource.username").orElse(LOCAL_USER),
                setting(config, "quarkus.datasource.password").orElse(LOCAL_USER));
    }

    private static Optional<String> setting(Config config, String name) {
        return config.getOptionalValue(name, String.class);
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private TestDatabase() {}
}

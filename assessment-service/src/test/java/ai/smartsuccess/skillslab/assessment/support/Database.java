package ai.smartsuccess.skillslab.assessment.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Direct SQL for what a test cannot do through the API in reasonable time: moving a session's clock past its deadline
 * (time limits are at least 30 minutes), or reading what is stored at rest.
 */
public final class Database {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/skillslab_test";

    /** Pretends the session started long ago: its deadline is {@code secondsAgo} in the past. */
    public static void moveDeadlineIntoThePast(UUID assessmentId, int secondsAgo) {
        execute(
                "update assessment.assessments set started_at = now() - make_interval(mins => 120),"
                        + " deadline = now() - make_interval(secs => ?) where id = ?",
                secondsAgo,
                assessmentId);
    }

    public static byte[] storedKey(String userId, String provider) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select key_encrypted from assessment.api_keys where user_id = ? and provider = ?")) {
            statement.setString(1, userId);
            statement.setString(2, provider);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row (null when there is none). */
    public static Object value(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "skillslab", "skillslab");
    }

    private Database() {}
}

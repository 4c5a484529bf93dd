package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import java.util.UUID;

/**
 * This service's rows changed or read directly (on {@link TestDatabase}) where the API cannot do it in reasonable time:
 * moving a session's clock past its deadline (time limits are at least 30 minutes), or reading what is stored at rest.
 */
public final class Database {

    /** Pretends the session started long ago: its deadline is {@code secondsAgo} in the past. */
    public static void moveDeadlineIntoThePast(UUID assessmentId, int secondsAgo) {
        TestDatabase.execute(
                "update assessment.assessments set started_at = now() - make_interval(mins => 120),"
                        + " deadline = now() - make_interval(secs => ?) where id = ?",
                secondsAgo,
                assessmentId);
    }

    /** A user's API key of a provider as stored (encrypted), or null. */
    public static byte[] storedKey(String userId, String provider) {
        return (byte[]) TestDatabase.value(
                "select key_encrypted from assessment.api_keys where user_id = ? and provider = ?", userId, provider);
    }

    private Database() {}
}

package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A person deleted their account. Every service erases or anonymizes what it holds about them (names, emails, keys,
 * chat text) but keeps what others rely on: a business keeps the anonymized records and scores of candidates who took
 * its tasks.
 *
 * @param userType {@code individual}, {@code business} or {@code admin}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountDeleted(
        UUID eventId, String type, int schemaVersion, Instant occurredAt, String userId, String userType)
        implements AccountLifecycleEvent {

    public static final String TYPE = "AccountDeleted";
    public static final int SCHEMA_VERSION = 1;

    public AccountDeleted {
        type = TYPE;
    }

    public static AccountDeleted of(String userId, String userType) {
        return new AccountDeleted(UUID.randomUUID(), TYPE, SCHEMA_VERSION, Instant.now(), userId, userType);
    }

    @Override
    public String key() {
        return userId;
    }
}

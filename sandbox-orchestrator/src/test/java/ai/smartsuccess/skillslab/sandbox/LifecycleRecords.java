package ai.smartsuccess.skillslab.sandbox;

import ai.smartsuccess.skillslab.platform.test.PoisonBytes;
import ai.smartsuccess.skillslab.platform.test.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Records on the real Kafka's {@code test.assessment-lifecycle}, byte for byte (also ones no producer of ours would
 * write), and a reader of its dead-letter topic that sees only what this service refused from now on.
 */
final class LifecycleRecords {

    static final String TOPIC = "test.assessment-lifecycle";

    private LifecycleRecords() {}

    static void publish(String key, byte[] value) {
        TestKafka.publish(TOPIC, key, value);
    }

    /** AssessmentSubmitted as assessment-service writes it, with {@code extra} JSON members appended. */
    static byte[] submitted(UUID id, String extra) {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"AssessmentSubmitted\",\"schemaVersion\":1,"
                        + "\"occurredAt\":\"" + Instant.now() + "\",\"assessmentId\":\"" + id
                        + "\",\"attemptNumber\":1,\"timeSpentSeconds\":60,\"autoSubmitted\":false" + extra + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call. */
    static byte[] garbage() {
        return PoisonBytes.garbage();
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    static byte[] jsonWithoutType() {
        return PoisonBytes.jsonWithoutType();
    }
}

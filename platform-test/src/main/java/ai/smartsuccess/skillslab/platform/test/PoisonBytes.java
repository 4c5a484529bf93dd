package ai.smartsuccess.skillslab.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Records no consumer can read, for the tests that prove an unreadable record goes to the dead-letter topic. */
public final class PoisonBytes {

    private PoisonBytes() {}

    /** Bytes that are not UTF-8 text, let alone JSON; unique to each call, so the dead-letter topic shows this one. */
    public static byte[] garbage() {
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[id.length + 3];
        garbage[0] = (byte) 0xFF;
        garbage[1] = 0x00;
        garbage[2] = (byte) 0xC3;
        System.arraycopy(id, 0, garbage, 3, id.length);
        return garbage;
    }

    /** JSON, but no event: it has no type. Unique to each call. */
    public static byte[] jsonWithoutType() {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"schemaVersion\":1}").getBytes(StandardCharsets.UTF_8);
    }
}

package ai.smartsuccess.skillslab.sandbox.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * The secret of one hidden-test run: the harness signs its records with it. It reaches the harness on standard input
 * only (never argv or the environment, which every process of the sandbox can read in /proc).
 */
@ApplicationScoped
public class ResultKeys {

    private final SecureRandom random = new SecureRandom();

    /** 32 random bytes. */
    public byte[] next() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }
}

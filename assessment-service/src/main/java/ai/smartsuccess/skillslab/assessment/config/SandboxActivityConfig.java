package ai.smartsuccess.skillslab.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The sandbox's record of a session (terminal commands, test runs) arriving on {@code sandbox-activity}. */
@ConfigMapping(prefix = "skillslab.sandbox-activity")
public interface SandboxActivityConfig {

    /**
     * How long a submit waits, after finalize, for the sandbox's activity up to the sequence finalize answered before
     * it seals the session's tracking anyway (recording {@code evidence-incomplete}).
     */
    @WithDefault("45s")
    Duration sealWait();

    /** Tries of one activity event whose recording fails (Redis or the database away) before it goes to the DLQ. */
    @WithDefault("5")
    int attempts();
}

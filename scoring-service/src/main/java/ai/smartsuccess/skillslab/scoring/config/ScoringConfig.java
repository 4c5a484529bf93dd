package ai.smartsuccess.skillslab.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "skillslab.scoring")
public interface ScoringConfig {

    Storage storage();

    Retry retry();

    Embeddings embeddings();

    Judge judge();

    Erasure erasure();

    /**
     * Submissions scored at the same time by one instance, across partitions; one assessment's events stay in order.
     * Scoring is mostly CPU (the embedding model) with storage and database round trips in between: a few per core.
     */
    @WithDefault("6")
    int maxConcurrentScorings();

    /** How long a stopping instance waits for the scorings in progress to finish. */
    @WithDefault("20s")
    Duration shutdownDrainTimeout();

    interface Storage {
        @WithDefault("tracking")
        String trackingBucket();

        @WithDefault("submissions")
        String submissionsBucket();

        /** Objects larger than this are not read whole; the report says what was left out. */
        @WithDefault("52428800")
        long maxObjectBytes();
    }

    /** Transient failures (storage or database unreachable) are retried with exponential backoff, then given up. */
    interface Retry {
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("8s")
        Duration maxBackoff();
    }

    /** Deleted accounts (AccountDeleted on account-lifecycle). */
    interface Erasure {
        /** How often runs of erased accounts that have ended since (or arrived after) the erasure are deleted. */
        @WithDefault("1m")
        Duration sweepInterval();
    }

    interface Embeddings {
        /** ONNX intra-op threads per inference; 1 keeps concurrent scorings from fighting over the cores. */
        @WithDefault("1")
        int intraOpThreads();
    }

    /** The optional LLM judge. Off by default: scores then rest on the deterministic evidence alone. */
    interface Judge {
        @WithDefault("false")
        boolean enabled();

        /** {@code openai}, {@code anthropic} or {@code openai-compatible} (any OpenAI-style base URL). */
        @WithDefault("openai")
        String provider();

        @WithDefault("gpt-4o-mini")
        String model();

        Optional<String> baseUrl();

        Optional<String> apiKey();

        @WithDefault("60s")
        Duration timeout();

        /** How far (in points) the judge may pull a subitem away from its evidence score. */
        @WithDefault("15")
        double band();

        /** Share of the bounded judge score in the blended subitem score. */
        @WithDefault("0.5")
        double weight();

        /** Budget of transcript characters per category request; every prompt and response gets a share of it. */
        @WithDefault("48000")
        int maxTranscriptChars();

        @WithDefault("1")
        int maxRetries();
    }
}

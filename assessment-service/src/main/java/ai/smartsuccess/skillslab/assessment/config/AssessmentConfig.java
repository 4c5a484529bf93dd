package ai.smartsuccess.skillslab.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "skillslab")
public interface AssessmentConfig {

    Redis redis();

    Sessions sessions();

    Tracking tracking();

    Ai ai();

    Outbox outbox();

    Web web();

    Export export();

    Invitations invitations();

    Accounts accounts();

    /** A person's copy of their data ({@code GET /api/assessments/export}). */
    interface Export {
        /**
         * The most the export's assessments may weigh, as JSON; the newest that fit are included, and the export says
         * how many were left out.
         */
        @WithDefault("8388608")
        int maxBytes();
    }

    interface Web {
        /** Where the web app is served; invitation links point at {@code <base-url>/invite/<token>}. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    interface Invitations {
        /** How long an invitation can be accepted when the sender does not say. */
        @WithDefault("P14D")
        Duration defaultValidity();

        /** The latest expiry a sender may choose, from now. */
        @WithDefault("P90D")
        Duration maxValidity();

        /** Read by the scheduler: how often unaccepted invitations past their expiry are marked expired. */
        @WithDefault("60s")
        String expiryScan();

        /** The shortest time between two emails of one invitation (its creation counts as the first). */
        @WithDefault("PT10M")
        Duration resendInterval();

        /** How many times one invitation may be emailed again. */
        @WithDefault("5")
        int resendLimit();

        /**
         * How long before its expiry a waiting invitation's candidate is reminded (once, InvitationExpiringSoon); 0
         * turns reminders off.
         */
        @WithDefault("PT24H")
        Duration reminderBefore();

        /** Read by the scheduler: how often invitations due for their reminder are looked for. */
        @WithDefault("60s")
        String reminderScan();

        /** The most addresses one bulk invitation may list. */
        @WithDefault("200")
        int bulkLimit();

        /**
         * The most invitations one business may create per UTC day, whatever its plan (each line of a bulk invitation
         * counts): a bound on the mail the platform sends to strangers on an account's behalf.
         */
        @WithDefault("100")
        int dailyQuota();
    }

    interface Accounts {
        /** Read by the scheduler: how often the erasure of deleted accounts' sandboxes and tracking proceeds. */
        @WithDefault("30s")
        String erasureScan();

        /**
         * Tracking of an assessment that is still being scored is redacted once scoring is done (so the score is computed
         * on what the candidate did), or after this long at the latest.
         */
        @WithDefault("PT24H")
        Duration scoringWait();
    }

    interface Outbox {
        /** Read by the relay's scheduler; the relay is also woken right after each commit. */
        @WithDefault("2s")
        String poll();

        /**
         * Published rows are deleted this long after they went out (they hold names, emails and notes of the events);
         * the delay leaves time to look into what was just published.
         */
        @WithDefault("PT1H")
        Duration sentRetention();

        /** Read by the scheduler: how often published rows past their retention are deleted. */
        @WithDefault("10m")
        String purgeInterval();
    }

    interface Redis {
        /** Prepended to every key, so that tests never touch a running platform's keys. */
        Optional<String> keyPrefix();

        default String prefix() {
            return keyPrefix().orElse("");
        }
    }

    interface Sessions {
        @WithDefault("PT5S")
        Duration submitGrace();

        /** Read by the scheduler through {@code ${skillslab.sessions.deadline-scan}}. */
        @WithDefault("5s")
        String deadlineScan();

        /** Minutes before the deadline at which the workspace warns the candidate. */
        @WithDefault("15,5,1")
        List<Integer> warningMinutes();

        /** A submission interrupted (sandbox down, service restarted) is retried for this long, then marked failed. */
        @WithDefault("PT15M")
        Duration completionRetryWindow();
    }

    interface Tracking {
        @WithDefault("tracking")
        String bucket();

        /** Read by the scheduler; below 60 s so that an event waits at most one minute for S3. */
        @WithDefault("30s")
        String flushInterval();

        @WithDefault("500")
        int maxEventsPerBatch();

        @WithDefault("2097152")
        int maxBodyBytes();

        @WithDefault("262144")
        int maxEventBytes();

        /** A buffer this long is flushed at once rather than at the next tick, which bounds Redis memory. */
        @WithDefault("5000")
        int flushThreshold();

        /** Abandoned buffers disappear after this; every live session is flushed long before. */
        @WithDefault("P2D")
        Duration bufferTtl();
    }

    interface Ai {
        @WithDefault("30")
        int requestsPerMinute();

        /** Tokens (input and output, as the provider counts them) one assessment may use. */
        @WithDefault("400000")
        long tokenBudgetPerAssessment();

        /** Tokens one person may use in a UTC day, across all their assessments. */
        @WithDefault("1000000")
        long dailyTokenBudgetPerUser();

        /** AI requests one person may have on their way to a provider at the same time. */
        @WithDefault("2")
        int maxInFlightPerUser();

        /**
         * How long an in-flight request holds its slot unless it is still streaming: a crashed instance cannot keep a
         * slot longer than this. Longer than {@link #timeout()} plus a margin, as a blocking answer takes that long.
         */
        @WithDefault("PT2M")
        Duration inFlightTtl();

        /**
         * The most characters one request may send to the model: the system prompt, the earlier turns of the chat and
         * the new message. Older turns are left out to stay within it; a new message that cannot fit is refused (413).
         */
        @WithDefault("120000")
        int maxRequestChars();

        /**
         * The platform's system prompt, sent first in every request and recorded in full with it; {@code {title}},
         * {@code {taskType}} and {@code {runtime}} are replaced by the task's. None by default: nothing is sent then.
         */
        Optional<String> systemPrompt();

        @WithDefault("PT60S")
        Duration timeout();

        /** Retries inside langchain4j; the client decides whether to ask again. */
        @WithDefault("0")
        int maxRetries();

        /** Base64 of the 32-byte AES key that encrypts candidates' own provider keys and invitation links' tokens. */
        String keyEncryptionKey();

        /** Pause between the offline assistant's streamed chunks, so that the UI shows it typing. */
        @WithDefault("PT0.004S")
        Duration offlineChunkDelay();

        Map<String, Provider> providers();

        Map<String, Model> models();

        /** Candidates' own OpenAI-compatible servers: where the service may call on their behalf. */
        OwnBaseUrl ownBaseUrl();
    }

    /**
     * The service calls what a candidate typed as their server's base URL: only https to a host that resolves to a
     * public address, unless the operator lists the host here (the local launcher lists {@code localhost,127.0.0.1}).
     */
    interface OwnBaseUrl {
        /** Hosts that may be called over http and may resolve to private or loopback addresses. */
        Optional<List<String>> allowedHosts();

        @WithDefault("PT3S")
        Duration connectTimeout();

        /** How long the model discovery ({@code GET {base}/models}) of a key test may take. */
        @WithDefault("PT10S")
        Duration discoveryTimeout();

        /** The most bytes read of the server's model list; a longer answer is refused. */
        @WithDefault("262144")
        int maxDiscoveryBytes();

        /** The most models kept of one server's list. */
        @WithDefault("100")
        int maxModels();
    }

    interface Provider {
        Optional<String> apiKey();

        Optional<String> baseUrl();
    }

    interface Model {
        String name();

        /** {@code offline}, {@code openai}, {@code anthropic} or {@code openai-compatible}. */
        String provider();

        @WithDefault("4096")
        int maxTokens();

        /** The provider's own name for the model, when it differs from our id. */
        @WithName("provider-model")
        Optional<String> providerModel();
    }
}

package ai.smartsuccess.skillslab.contracts.tracking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one canonical set of tracking event types. The {@code data} object each type carries is listed beside it;
 * fields marked optional may be absent.
 */
public enum TrackingEventType {
    /** {@code {path, content}} the full file content, or {@code {path, diff}} a unified diff against the last snapshot. */
    CODE_SNAPSHOT("code_snapshot"),
    /** {@code {op: create|rename|delete, path, newPath (rename only)}}. */
    FILE_OP("file_op"),
    /** {@code {path}} a file was opened or focused in the editor. */
    FILE_OPEN("file_open"),
    /** Recorded by the sandbox orchestrator: {@code {command}} one line entered in the terminal. */
    TERMINAL_COMMAND("terminal_command"),
    /**
     * Recorded by the AI proxy: {@code {model, provider, prompt, system?, context, contextOmitted, messageCount,
     * maxTokens, reservedTokens, requestId}}: the new turn, the system prompt in full when one was sent, and the request
     * ids of the earlier exchanges that went with it.
     */
    AI_PROMPT("ai_prompt"),
    /**
     * Recorded by the AI proxy: {@code {model, provider, response, inputTokens, outputTokens, requestId, latencyMs,
     * complete (false when a stream broke)}}.
     */
    AI_RESPONSE("ai_response"),
    /** {@code {from, to, reason (optional)}}. */
    MODEL_SWITCH("model_switch"),
    /** {@code {direction: copy|paste, source: chat|editor|terminal|external, path (optional), length, content}}. */
    COPY_PASTE("copy_paste"),
    /**
     * Recorded by the sandbox orchestrator: {@code {command, exitCode, durationMs, timedOut, stopped}} a command run through the
     * run API (the workspace's Run box, for example the visible tests).
     */
    TEST_RUN("test_run"),
    /** {@code {focused: true|false}} the workspace window gained or lost focus. */
    FOCUS_CHANGE("focus_change"),
    /** {@code {text}} a planning note the candidate wrote. */
    NOTE("note"),
    /**
     * Recorded by the sandbox orchestrator: {@code {count, bytes, firstAt, lastAt}} terminal commands and test runs of
     * the session that its own activity budget (events per second, bytes) turned away; an integrity signal.
     */
    ACTIVITY_DROPPED("activity_dropped"),
    /**
     * Recorded by the platform: {@code {code, ...}} something that makes the record less trustworthy, with a stable
     * kebab-case code, for example {@code evidence-incomplete} {@code {expectedSequence, receivedCount}} (the sandbox's
     * activity up to the submit had not all arrived when the record was sealed).
     */
    INTEGRITY_SIGNAL("integrity_signal");

    private final String wireName;

    TrackingEventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Types only the server records (the AI proxy, the sandbox): client copies of them are dropped, so scoring never
     * trusts the browser for them and nothing counts twice.
     */
    public boolean serverRecorded() {
        return this == AI_PROMPT
                || this == AI_RESPONSE
                || this == TERMINAL_COMMAND
                || this == TEST_RUN
                || this == ACTIVITY_DROPPED
                || this == INTEGRITY_SIGNAL;
    }

    public static Optional<TrackingEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    @JsonCreator
    static TrackingEventType parse(String name) {
        return fromWireName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown tracking event type: " + name));
    }
}

package ai.smartsuccess.skillslab.assessment.service.report;

import ai.smartsuccess.skillslab.assessment.config.ReportConfig;
import ai.smartsuccess.skillslab.assessment.service.report.EvidenceReportViews.TimelineEntry;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a session's timeline from its tracking events: one entry per event of a kind a replay shows, in time order,
 * file changes with a unified diff and the whole file after the change. Pure: no I/O, so that it can be tested alone.
 *
 * <p>Files are followed from the starter files: each {@code code_snapshot} carries the whole file (the web app sends
 * that) or a diff against the last snapshot, which is applied; {@code file_op} creates, renames and deletes.
 */
public final class Timeline {

    /** What a timeline is built from besides the events. */
    public record Session(
            Instant startedAt,
            Instant submittedAt,
            boolean autoSubmitted,
            String notes,
            HiddenTestResults hiddenTests,
            Map<String, String> starterFiles) {}

    /** The caps of one timeline. */
    public record Limits(int maxFileChars, int maxDiffChars, int maxTextChars, long maxContentChars, int maxDiffInput) {

        public static Limits of(ReportConfig.Timeline config) {
            return new Limits(
                    config.maxFileChars(),
                    config.maxDiffChars(),
                    config.maxTextChars(),
                    config.maxContentChars(),
                    config.maxDiffInputChars());
        }
    }

    /** The entries, and what was left out. */
    public record Built(
            List<TimelineEntry> entries, int skippedEvents, boolean contentTruncated, List<String> warnings) {}

    private final Limits limits;
    private final Map<String, String> files = new HashMap<>();
    /** Paths whose content is no longer known (a diff that did not apply): no diff can be made against them. */
    private final Set<String> unknown = new HashSet<>();

    private final List<String> warnings = new ArrayList<>();
    private long contentChars;
    private boolean truncated;
    private int skipped;
    private int unchangedSnapshots;
    private int failedDiffs;

    private Timeline(Limits limits, Map<String, String> starterFiles) {
        this.limits = limits;
        if (starterFiles != null) {
            files.putAll(starterFiles);
        }
    }

    /**
     * @param events the session's tracking events in stored order (the order of equal timestamps)
     */
    public static Built build(List<TrackingEvent> events, Session session, Limits limits) {
        return new Timeline(limits, session.starterFiles()).run(events, session);
    }

    private Built run(List<TrackingEvent> events, Session session) {
        List<TrackingEvent> ordered = new ArrayList<>(events);
        // A stable sort: events of the same instant keep the order they were stored in.
        ordered.sort(Comparator.comparing(TrackingEvent::timestamp));
        Instant origin = session.startedAt() != null
                ? session.startedAt()
                : ordered.isEmpty() ? session.submittedAt() : ordered.get(0).timestamp();
        List<Entry> entries = new ArrayList<>();
        for (TrackingEvent event : ordered) {
            Entry entry = entry(event);
            if (entry == null) {
                skipped++;
            } else {
                entries.add(entry);
            }
        }
        if (session.submittedAt() != null) {
            Entry submit = new Entry(session.submittedAt(), "submit", null, "platform");
            submit.autoSubmitted = session.autoSubmitted();
            text(submit, session.notes());
            entries.add(submit);
            HiddenTestResults hidden = session.hiddenTests();
            if (hidden != null && !"none".equals(hidden.runner())) {
                Entry run = new Entry(session.submittedAt(), "test-run", null, "platform");
                run.hidden = true;
                run.testsTotal = hidden.total();
                run.testsPassed = hidden.passed();
                run.testsFailed = hidden.failed();
                run.durationMs = hidden.durationMs();
                run.timedOut = hidden.timedOut();
                entries.add(run);
            }
            // The submit goes after everything that happened at or before it.
            entries.sort(Comparator.comparing(e -> e.at));
        }
        if (unchangedSnapshots > 0) {
            warnings.add(unchangedSnapshots + " code snapshot(s) changed nothing and were left out.");
        }
        if (failedDiffs > 0) {
            warnings.add(failedDiffs + " code snapshot diff(s) could not be applied: those entries have no content.");
        }
        List<TimelineEntry> built = entries.stream().map(e -> e.build(origin)).toList();
        return new Built(built, skipped, truncated, List.copyOf(warnings));
    }

    private Entry entry(TrackingEvent event) {
        Map<String, Object> data = event.data() == null ? Map.of() : event.data();
        String by = TrackingEvent.SOURCE_SERVER.equals(event.source()) ? "server" : "client";
        Entry e;
        switch (event.type()) {
            case AI_PROMPT -> {
                e = new Entry(event.timestamp(), "prompt", event.id(), by);
                text(e, string(data, "prompt"));
                e.model = string(data, "model");
                e.provider = string(data, "provider");
                e.requestId = string(data, "requestId");
            }
            case AI_RESPONSE -> {
                e = new Entry(event.timestamp(), "answer", event.id(), by);
                text(e, string(data, "response"));
                e.model = string(data, "model");
                e.provider = string(data, "provider");
                e.requestId = string(data, "requestId");
                e.inputTokens = whole(data, "inputTokens");
                e.outputTokens = whole(data, "outputTokens");
                e.latencyMs = whole(data, "latencyMs");
                e.complete = bool(data, "complete");
            }
            case CODE_SNAPSHOT -> e = snapshot(event, data, by);
            case FILE_OP -> e = fileOp(event, data, by);
            case FILE_OPEN -> {
                e = new Entry(event.timestamp(), "file-open", event.id(), by);
                e.path = string(data, "path");
            }
            case TERMINAL_COMMAND -> {
                e = new Entry(event.timestamp(), "command", event.id(), by);
                e.command = capped(string(data, "command"), e);
            }
            case TEST_RUN -> {
                e = new Entry(event.timestamp(), "test-run", event.id(), by);
                e.command = capped(string(data, "command"), e);
                Long exit = whole(data, "exitCode");
                e.exitCode = exit == null ? null : exit.intValue();
                e.durationMs = whole(data, "durationMs");
                e.timedOut = bool(data, "timedOut");
                e.stopped = bool(data, "stopped");
                e.hidden = false;
            }
            case FOCUS_CHANGE -> {
                e = new Entry(event.timestamp(), "focus", event.id(), by);
                e.focused = bool(data, "focused");
            }
            case COPY_PASTE -> {
                String direction = string(data, "direction");
                e = new Entry(event.timestamp(), "copy".equals(direction) ? "copy" : "paste", event.id(), by);
                e.origin = string(data, "source");
                e.path = string(data, "path");
                Long length = whole(data, "length");
                e.length = length == null ? null : length.intValue();
                text(e, string(data, "content"));
            }
            case NOTE -> {
                e = new Entry(event.timestamp(), "note", event.id(), by);
                text(e, string(data, "text"));
            }
            case MODEL_SWITCH -> {
                e = new Entry(event.timestamp(), "model-switch", event.id(), by);
                e.previousModel = string(data, "from");
                e.model = string(data, "to");
                text(e, string(data, "reason"));
            }
            case ACTIVITY_DROPPED -> {
                e = new Entry(event.timestamp(), "integrity", event.id(), by);
                e.code = "activity-dropped";
                e.details = new LinkedHashMap<>(data);
            }
            case INTEGRITY_SIGNAL -> {
                e = new Entry(event.timestamp(), "integrity", event.id(), by);
                e.code = string(data, "code");
                Map<String, Object> details = new LinkedHashMap<>(data);
                details.remove("code");
                e.details = details;
            }
            default -> e = null;
        }
        return e;
    }

    private Entry snapshot(TrackingEvent event, Map<String, Object> data, String by) {
        String path = string(data, "path");
        if (path == null) {
            return null;
        }
        boolean known = !unknown.contains(path);
        String before = files.get(path);
        String after = string(data, "content");
        String givenDiff = null;
        if (after == null) {
            givenDiff = string(data, "diff");
            if (givenDiff == null) {
                return null;
            }
            after = known ? apply(before == null ? "" : before, givenDiff) : null;
        }
        Entry e = new Entry(event.timestamp(), "file-change", event.id(), by);
        e.path = path;
        e.op = "edit";
        if (after == null) {
            // A diff that does not apply: shown as sent, and the file is unknown until a whole snapshot comes.
            failedDiffs++;
            unknown.add(path);
            files.remove(path);
            keepDiff(e, givenDiff);
            e.contentTruncated = true;
            truncated = true;
            return e;
        }
        if (known && after.equals(before)) {
            unchangedSnapshots++;
            return null;
        }
        if (known) {
            diff(e, before == null ? "" : before, after, path);
        } else {
            // Nothing to compare with: the first whole snapshot after an unknown state carries content only.
            e.diffTruncated = true;
            truncated = true;
        }
        files.put(path, after);
        unknown.remove(path);
        content(e, after);
        return e;
    }

    private Entry fileOp(TrackingEvent event, Map<String, Object> data, String by) {
        String op = string(data, "op");
        String path = string(data, "path");
        if (op == null || path == null) {
            return null;
        }
        Entry e = new Entry(event.timestamp(), "file-change", event.id(), by);
        e.path = path;
        switch (op) {
            case "create" -> {
                e.op = "create";
                files.putIfAbsent(path, "");
                unknown.remove(path);
                content(e, files.get(path));
            }
            case "rename" -> {
                e.op = "rename";
                e.newPath = string(data, "newPath");
                if (e.newPath != null) {
                    String moved = files.remove(path);
                    boolean wasUnknown = unknown.remove(path);
                    if (moved != null) {
                        files.put(e.newPath, moved);
                        content(e, moved);
                    }
                    if (wasUnknown) {
                        unknown.add(e.newPath);
                    }
                }
            }
            case "delete" -> {
                e.op = "delete";
                files.remove(path);
                unknown.remove(path);
            }
            default -> {
                return null;
            }
        }
        return e;
    }

    /** The diff of a change, computed; the lines added and removed. */
    private void diff(Entry e, String before, String after, String path) {
        if (before.length() > limits.maxDiffInput() || after.length() > limits.maxDiffInput()) {
            e.diffTruncated = true;
            truncated = true;
            return;
        }
        List<String> from = lines(before);
        List<String> to = lines(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        e.linesAdded = added;
        e.linesRemoved = removed;
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, from, patch, 3);
        keepDiff(e, String.join("\n", unified));
    }

    /** A diff as text, cut at a line past the cap. */
    private void keepDiff(Entry e, String diff) {
        if (diff == null) {
            return;
        }
        if (diff.length() <= limits.maxDiffChars()) {
            e.diff = diff;
            e.diffTruncated = e.diffTruncated == null ? false : e.diffTruncated;
            return;
        }
        int cut = diff.lastIndexOf('\n', limits.maxDiffChars());
        e.diff = diff.substring(0, cut > 0 ? cut : limits.maxDiffChars());
        e.diffTruncated = true;
        truncated = true;
    }

    private void content(Entry e, String content) {
        if (content == null) {
            return;
        }
        String kept = content.length() > limits.maxFileChars() ? content.substring(0, limits.maxFileChars()) : content;
        if (contentChars + kept.length() > limits.maxContentChars()) {
            e.contentTruncated = true;
            truncated = true;
            return;
        }
        contentChars += kept.length();
        e.content = kept;
        e.contentTruncated = kept.length() < content.length();
        if (e.contentTruncated) {
            truncated = true;
        }
    }

    private void text(Entry e, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > limits.maxTextChars()) {
            e.text = text.substring(0, limits.maxTextChars());
            e.textTruncated = true;
        } else {
            e.text = text;
            e.textTruncated = false;
        }
    }

    private String capped(String text, Entry e) {
        if (text == null || text.length() <= limits.maxTextChars()) {
            return text;
        }
        e.textTruncated = true;
        return text.substring(0, limits.maxTextChars());
    }

    /** A unified diff applied to {@code before}; null when it does not apply. */
    private static String apply(String before, String diff) {
        try {
            Patch<String> patch = UnifiedDiffUtils.parseUnifiedDiff(lines(diff));
            return String.join("\n", patch.applyTo(lines(before)));
        } catch (PatchFailedException | RuntimeException e) {
            return null;
        }
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static String string(Map<String, Object> data, String key) {
        return data.get(key) instanceof String value ? value : null;
    }

    private static Long whole(Map<String, Object> data, String key) {
        return data.get(key) instanceof Number value ? value.longValue() : null;
    }

    private static Boolean bool(Map<String, Object> data, String key) {
        return data.get(key) instanceof Boolean value ? value : null;
    }

    /** An entry under construction: the record has too many fields to fill positionally. */
    private static final class Entry {
        final Instant at;
        final String kind;
        final String eventId;
        final String recordedBy;
        String path;
        String newPath;
        String op;
        String diff;
        Boolean diffTruncated;
        String content;
        Boolean contentTruncated;
        Integer linesAdded;
        Integer linesRemoved;
        String command;
        Integer exitCode;
        Long durationMs;
        Boolean timedOut;
        Boolean stopped;
        Boolean hidden;
        Integer testsTotal;
        Integer testsPassed;
        Integer testsFailed;
        String text;
        Boolean textTruncated;
        String model;
        String previousModel;
        String provider;
        String requestId;
        Long inputTokens;
        Long outputTokens;
        Long latencyMs;
        Boolean complete;
        Boolean focused;
        String origin;
        Integer length;
        String code;
        Map<String, Object> details;
        Boolean autoSubmitted;

        Entry(Instant at, String kind, String eventId, String recordedBy) {
            this.at = at;
            this.kind = kind;
            this.eventId = eventId;
            this.recordedBy = recordedBy;
        }

        TimelineEntry build(Instant sessionStart) {
            double offset = sessionStart == null
                    ? 0
                    : Duration.between(sessionStart, at).toMillis() / 1000.0;
            return new TimelineEntry(
                    at,
                    offset,
                    kind,
                    eventId,
                    recordedBy,
                    path,
                    newPath,
                    op,
                    diff,
                    diffTruncated,
                    content,
                    contentTruncated,
                    linesAdded,
                    linesRemoved,
                    command,
                    exitCode,
                    durationMs,
                    timedOut,
                    stopped,
                    hidden,
                    testsTotal,
                    testsPassed,
                    testsFailed,
                    text,
                    textTruncated,
                    model,
                    previousModel,
                    provider,
                    requestId,
                    inputTokens,
                    outputTokens,
                    latencyMs,
                    complete,
                    focused,
                    origin,
                    length,
                    code,
                    details,
                    autoSubmitted);
        }
    }
}

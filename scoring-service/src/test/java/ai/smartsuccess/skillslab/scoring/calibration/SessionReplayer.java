package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.calibration.SessionScript.Step;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a session script into the session scoring receives: the tracking events the platform would have recorded,
 * the final files, and the hidden suite's results, with every {@code run} step and the hidden suite run for real on
 * the workspace as it was at that moment ({@link CommandRunner}).
 */
public final class SessionReplayer {

    /** All sessions start at the same instant; only the offsets of a script matter. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*(reference|starter|workspace):([^}]+?)\\s*}}");
    private static final String DEFAULT_MODEL = "gpt-4o";

    /** A run step as it went. */
    public record Run(Step step, String command, CommandRunner.Result result) {}

    /**
     * @param twin whether this is the script without its manipulation steps
     */
    public record Replay(
            SessionScript script,
            boolean twin,
            SessionFixture fixture,
            List<Run> runs,
            HiddenTestResults hidden,
            int prompts) {}

    private final TaskCatalog catalog;
    private final CommandRunner runner;

    public SessionReplayer(TaskCatalog catalog, CommandRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    public Replay replay(SessionScript script, boolean twin) {
        CalibrationTask task;
        try {
            task = catalog.get(script.task());
        } catch (IllegalArgumentException e) {
            throw new ScriptException(script.file() + ": " + e.getMessage());
        }
        if (script.minutes() > task.timeLimitMinutes()) {
            throw new ScriptException(script.file() + ": submitted at minute " + script.minutes()
                    + ", after the task's time limit of " + task.timeLimitMinutes() + " minutes");
        }
        String sessionKey = script.name() + (twin ? "#twin" : "");
        Map<String, String> workspace = new LinkedHashMap<>(task.starterFiles());
        List<Pending> events = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<String> earlierRequests = new ArrayList<>();
        String model = null;
        int prompts = 0;
        for (Step step : script.steps()) {
            if (twin && step.manipulation() && step.text("twinPrompt") == null) {
                continue;
            }
            String where = step.where(script);
            int at = step.at();
            switch (step.kind()) {
                case OPEN -> {
                    String path = step.value();
                    if (!workspace.containsKey(path)) {
                        throw new ScriptException(
                                where + ": opens " + path + ", which is not in the workspace " + workspace.keySet());
                    }
                    events.add(new Pending(at, TrackingEventType.FILE_OPEN, Map.of("path", path)));
                }
                case NOTE ->
                    events.add(new Pending(
                            at, TrackingEventType.NOTE, Map.of("text", expand(step.value(), task, workspace, where))));
                case PROMPT -> {
                    String used =
                            step.text("model") != null ? step.text("model") : model != null ? model : DEFAULT_MODEL;
                    String text = twin && step.manipulation() ? step.text("twinPrompt") : step.value();
                    String prompt = expand(text, task, workspace, where);
                    String answer = expand(step.text("answer"), task, workspace, where);
                    int after = step.node().has("answerAfter")
                            ? step.node().get("answerAfter").asInt()
                            : 10;
                    String requestId = UUID.nameUUIDFromBytes(
                                    (sessionKey + "/request-" + (prompts + 1)).getBytes(StandardCharsets.UTF_8))
                            .toString();
                    int inputTokens = tokens(prompt) + 120 + earlierRequests.size() * 250;
                    int outputTokens = tokens(answer);
                    Map<String, Object> sent = new LinkedHashMap<>();
                    sent.put("model", used);
                    sent.put("provider", provider(used));
                    sent.put("prompt", prompt);
                    sent.put("messageCount", earlierRequests.size() * 2 + 1);
                    sent.put("requestId", requestId);
                    sent.put("context", List.copyOf(earlierRequests));
                    sent.put("contextOmitted", 0);
                    sent.put("maxTokens", 4096);
                    sent.put("reservedTokens", inputTokens + 4096);
                    events.add(new Pending(at, TrackingEventType.AI_PROMPT, sent));
                    Map<String, Object> received = new LinkedHashMap<>();
                    received.put("model", used);
                    received.put("provider", provider(used));
                    received.put("response", answer);
                    received.put("inputTokens", inputTokens);
                    received.put("outputTokens", outputTokens);
                    received.put("requestId", requestId);
                    received.put("latencyMs", after * 1000L);
                    received.put("complete", true);
                    events.add(new Pending(at + after, TrackingEventType.AI_RESPONSE, received));
                    earlierRequests.add(requestId);
                    prompts++;
                }
                case SWITCH_MODEL -> {
                    String to = step.value();
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("from", model != null ? model : DEFAULT_MODEL);
                    data.put("to", to);
                    if (step.text("reason") != null) {
                        data.put("reason", step.text("reason"));
                    }
                    events.add(new Pending(at, TrackingEventType.MODEL_SWITCH, data));
                    model = to;
                }
                case WRITE -> {
                    String path = step.value();
                    String content;
                    if (step.flag("fromReference")) {
                        content = task.referenceFiles().get(path);
                        if (content == null) {
                            throw new ScriptException(
                                    where + ": the reference solution and the starter have no " + path);
                        }
                    } else {
                        content = expand(step.text("content"), task, workspace, where);
                    }
                    snapshot(events, step, at, path, content, content);
                    workspace.put(path, content);
                }
                case EDIT -> {
                    String path = step.value();
                    String current = workspace.get(path);
                    if (current == null) {
                        throw new ScriptException(where + ": edits " + path + ", which is not in the workspace");
                    }
                    String replace = expand(step.text("replace"), task, workspace, where);
                    String with = expand(step.text("with"), task, workspace, where);
                    int found = current.indexOf(replace);
                    if (found < 0) {
                        throw new ScriptException(where + ": the text to replace is not in " + path + ": \""
                                + abbreviate(replace) + "\"");
                    }
                    String content = current.substring(0, found) + with + current.substring(found + replace.length());
                    snapshot(events, step, at, path, content, with);
                    workspace.put(path, content);
                }
                case RUN -> {
                    String command = step.value().equals("visible") ? task.visibleTestCommand() : step.value();
                    CommandRunner.Result result = runner.run(workspace, command);
                    runs.add(new Run(step, command, result));
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("command", command);
                    data.put("exitCode", result.exitCode());
                    data.put("durationMs", result.durationMs());
                    data.put("timedOut", result.timedOut());
                    events.add(new Pending(at, TrackingEventType.TEST_RUN, data));
                }
                case TERMINAL ->
                    events.add(new Pending(at, TrackingEventType.TERMINAL_COMMAND, Map.of("command", step.value())));
                case FOCUS ->
                    events.add(new Pending(
                            at,
                            TrackingEventType.FOCUS_CHANGE,
                            Map.of("focused", step.node().get("focus").asBoolean())));
                case FILE_OP -> {
                    String op = step.value();
                    String path = step.text("path");
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("op", op);
                    data.put("path", path);
                    switch (op) {
                        case "create" -> workspace.putIfAbsent(path, "");
                        case "delete" -> {
                            if (workspace.remove(path) == null) {
                                throw new ScriptException(
                                        where + ": deletes " + path + ", which is not in the workspace");
                            }
                        }
                        default -> {
                            String content = workspace.remove(path);
                            if (content == null) {
                                throw new ScriptException(
                                        where + ": renames " + path + ", which is not in the workspace");
                            }
                            data.put("newPath", step.text("newPath"));
                            workspace.put(step.text("newPath"), content);
                        }
                    }
                    events.add(new Pending(at, TrackingEventType.FILE_OP, data));
                }
            }
        }

        SessionFixture fixture = new SessionFixture();
        fixture.assessmentId = UUID.nameUUIDFromBytes(("calibration/" + sessionKey).getBytes(StandardCharsets.UTF_8));
        fixture.task = task.snapshot();
        fixture.startedAt = START;
        fixture.submittedAt = START.plusSeconds(script.minutes() * 60L);
        fixture.autoSubmitted = script.autoSubmitted();
        fixture.starterFiles.putAll(task.starterFiles());
        fixture.finalFiles.putAll(workspace);
        fixture.events = events(events, script.name() + (twin ? "-twin" : ""), fixture.submittedAt);
        fixture.hiddenTests = hidden(task, workspace);
        return new Replay(script, twin, fixture, List.copyOf(runs), fixture.hiddenTests, prompts);
    }

    /** The task's hidden suite on the final files: what the candidate put under hidden_tests/ is replaced. */
    public HiddenTestResults hidden(CalibrationTask task, Map<String, String> finalFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        finalFiles.forEach((path, content) -> {
            if (!path.equals("hidden_tests") && !path.startsWith("hidden_tests/")) {
                files.put(path, content);
            }
        });
        files.putAll(task.hiddenFiles());
        if (task.hiddenRunner().equals("python-unittest")) {
            files.putIfAbsent("hidden_tests/__init__.py", "");
        }
        return HiddenSuiteOutput.parse(task.hiddenRunner(), runner.run(files, task.hiddenTestCommand()));
    }

    private static void snapshot(List<Pending> events, Step step, int at, String path, String content, String pasted) {
        if (step.flag("pasteFromChat")) {
            Map<String, Object> paste = new LinkedHashMap<>();
            paste.put("direction", "paste");
            paste.put("source", "chat");
            paste.put("path", path);
            paste.put("length", pasted.length());
            paste.put("content", pasted);
            events.add(new Pending(Math.max(0, at - 1), TrackingEventType.COPY_PASTE, paste));
        }
        events.add(new Pending(at, TrackingEventType.CODE_SNAPSHOT, Map.of("path", path, "content", content)));
    }

    private static List<TrackingEvent> events(List<Pending> pending, String prefix, Instant submittedAt) {
        List<Pending> ordered = new ArrayList<>(pending);
        ordered.sort(Comparator.comparingInt(Pending::at)); // stable: steps at the same second keep their order
        List<TrackingEvent> events = new ArrayList<>();
        for (Pending p : ordered) {
            Instant at = START.plusSeconds(p.at());
            if (at.isAfter(submittedAt)) {
                continue; // an answer still on its way when the session was submitted is not recorded
            }
            String id = String.format("%s-%03d", prefix, events.size() + 1);
            String source = p.type().serverRecorded() ? TrackingEvent.SOURCE_SERVER : TrackingEvent.SOURCE_CLIENT;
            events.add(new TrackingEvent(id, p.type(), at, at, source, p.data()));
        }
        return events;
    }

    private static String expand(String text, CalibrationTask task, Map<String, String> workspace, String where) {
        Matcher like = PLACEHOLDER_LIKE.matcher(text);
        while (like.find()) {
            if (!PLACEHOLDER.matcher(like.group()).matches()) {
                throw new ScriptException(where + ": unknown placeholder " + like.group()
                        + " (use {{reference:path}}, {{starter:path}} or {{workspace:path}})");
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group(2);
            String content = switch (m.group(1)) {
                case "reference" -> task.referenceFiles().get(path);
                case "starter" -> task.starterFiles().get(path);
                default -> workspace.get(path);
            };
            if (content == null) {
                throw new ScriptException(where + ": the placeholder {{" + m.group(1) + ":" + path
                        + "}} names a file the " + m.group(1) + " does not have");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(content));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{\\{\\s*[A-Za-z]+:[^}\\s]+\\s*}}");

    static String provider(String model) {
        String m = model.toLowerCase();
        if (m.startsWith("claude")) {
            return "anthropic";
        }
        if (m.startsWith("gemini")) {
            return "google";
        }
        if (m.startsWith("gpt") || m.matches("^o\\d.*")) {
            return "openai";
        }
        return "openai-compatible";
    }

    private static int tokens(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    private record Pending(int at, TrackingEventType type, Map<String, Object> data) {}
}

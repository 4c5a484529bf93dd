package ai.smartsuccess.skillslab.scoring.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One session of the calibration set as written in {@code calibration/sessions/<task>/<archetype>.json}: what the
 * candidate did, step by step, and the band it is expected in. Parsing checks the shape (known fields, one kind per
 * step, times in order and within the session); the replayer checks the content (files and texts that must exist).
 *
 * @param name {@code <task>/<file name without .json>}
 * @param expected the script's own band, or null for the archetype's
 */
public record SessionScript(
        String name,
        String file,
        String task,
        String archetype,
        String description,
        int minutes,
        boolean autoSubmitted,
        Band expected,
        List<Step> steps) {

    /** A closed score range. */
    public record Band(double min, double max) {
        public boolean contains(double score) {
            return score >= min && score <= max;
        }

        public boolean overlaps(Band other) {
            return min <= other.max && other.min <= max;
        }

        @Override
        public String toString() {
            return fmt(min) + "–" + fmt(max);
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /** The step kinds and the fields each may carry besides {@code at}, {@code manipulation} and {@code comment}. */
    public enum Kind {
        OPEN("open", Set.of()),
        NOTE("note", Set.of()),
        PROMPT("prompt", Set.of("model", "answerAfter", "answer", "twinPrompt")),
        SWITCH_MODEL("switchModel", Set.of("reason")),
        WRITE("write", Set.of("content", "fromReference", "pasteFromChat")),
        EDIT("edit", Set.of("replace", "with", "pasteFromChat")),
        RUN("run", Set.of()),
        TERMINAL("terminal", Set.of()),
        FOCUS("focus", Set.of()),
        FILE_OP("fileOp", Set.of("path", "newPath"));

        final String field;
        final Set<String> extra;

        Kind(String field, Set<String> extra) {
            this.field = field;
            this.extra = extra;
        }
    }

    /**
     * @param number 1-based, as a writer counts the steps of the file
     * @param at seconds from the start
     */
    public record Step(int number, int at, String atText, Kind kind, boolean manipulation, JsonNode node) {

        public String text(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        public boolean flag(String field) {
            return node.path(field).asBoolean(false);
        }

        public String value() {
            return text(kind.field);
        }

        public String where(SessionScript script) {
            return script.file() + ": step " + number + " (" + kind.field + " at " + atText + ")";
        }
    }

    private static final Set<String> TOP_LEVEL =
            Set.of("task", "archetype", "description", "minutes", "autoSubmitted", "expected", "steps", "comment");
    private static final Set<String> COMMON = Set.of("at", "manipulation", "comment");
    private static final Pattern AT = Pattern.compile("^(?:(\\d+):)?(\\d+):(\\d{2})$");

    /**
     * @param file where the script was read from, for messages ({@code sessions/todo-api/nothing.json})
     * @param folder the task folder the script is in
     * @param stem the file name without {@code .json}
     */
    public static SessionScript parse(String file, String folder, String stem, String json) {
        JsonNode root;
        try {
            root = TaskCatalog.JSON.readTree(json);
        } catch (IOException e) {
            throw new ScriptException(
                    file + ": not valid JSON: " + e.getMessage().replace('\n', ' '), e);
        }
        if (root == null || !root.isObject()) {
            throw new ScriptException(file + ": a script is a JSON object");
        }
        unknownFields(root, TOP_LEVEL, file);
        String task = requiredText(root, "task", file);
        String archetype = requiredText(root, "archetype", file);
        if (!task.equals(folder)) {
            throw new ScriptException(file + ": task '" + task + "' but the script is in the folder of " + folder);
        }
        if (!stem.equals(archetype) && !stem.startsWith(archetype + "-")) {
            throw new ScriptException(file + ": archetype '" + archetype + "' but the file is named " + stem
                    + ".json (name it <archetype>.json or <archetype>-<variant>.json)");
        }
        String description = requiredText(root, "description", file);
        JsonNode minutesNode = root.get("minutes");
        if (minutesNode == null || !minutesNode.isNumber() || minutesNode.asDouble() <= 0) {
            throw new ScriptException(file + ": 'minutes' (when the session was submitted) must be a positive number");
        }
        int minutes = minutesNode.asInt();
        Band expected = null;
        if (root.has("expected")) {
            JsonNode e = root.get("expected");
            if (!e.path("min").isNumber()
                    || !e.path("max").isNumber()
                    || e.get("min").asDouble() > e.get("max").asDouble()) {
                throw new ScriptException(
                        file + ": 'expected' must be {\"min\": number, \"max\": number} with min <= max");
            }
            unknownFields(e, Set.of("min", "max"), file + ": expected");
            expected = new Band(e.get("min").asDouble(), e.get("max").asDouble());
        }
        JsonNode stepsNode = root.get("steps");
        if (stepsNode == null || !stepsNode.isArray()) {
            throw new ScriptException(file + ": 'steps' must be an array");
        }
        List<Step> steps = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < stepsNode.size(); i++) {
            Step step = step(file, i + 1, stepsNode.get(i));
            if (step.at() < previous) {
                throw new ScriptException(step.where(new Stub(file).script()) + ": earlier than the step before it");
            }
            if (step.at() > minutes * 60) {
                throw new ScriptException(
                        step.where(new Stub(file).script()) + ": after the submission at minute " + minutes);
            }
            previous = step.at();
            steps.add(step);
        }
        return new SessionScript(
                task + "/" + stem,
                file,
                task,
                archetype,
                description,
                minutes,
                root.path("autoSubmitted").asBoolean(false),
                expected,
                List.copyOf(steps));
    }

    private static Step step(String file, int number, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ScriptException(file + ": step " + number + " is not a JSON object");
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (node.has(k.field)) {
                if (kind != null) {
                    throw new ScriptException(
                            file + ": step " + number + " has two kinds, '" + kind.field + "' and '" + k.field + "'");
                }
                kind = k;
            }
        }
        if (kind == null) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            throw new ScriptException(file + ": step " + number + " has no known kind (fields " + names
                    + "; a step is one of open, note, prompt, switchModel, write, edit, run, terminal, focus, fileOp)");
        }
        String atText = node.path("at").asText(null);
        Matcher m = atText == null ? null : AT.matcher(atText);
        if (m == null || !m.matches() || Integer.parseInt(m.group(3)) > 59) {
            throw new ScriptException(file + ": step " + number + " (" + kind.field
                    + "): 'at' must be \"m:ss\" or \"h:mm:ss\" from the start, not " + node.get("at"));
        }
        int at = (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 3600)
                + Integer.parseInt(m.group(2)) * 60
                + Integer.parseInt(m.group(3));
        Step step = new Step(number, at, atText, kind, node.path("manipulation").asBoolean(false), node);
        String where = file + ": step " + number + " (" + kind.field + " at " + atText + ")";
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        allowed.add(kind.field);
        allowed.addAll(kind.extra);
        unknownFields(node, allowed, where);
        JsonNode value = node.get(kind.field);
        switch (kind) {
            case FOCUS -> {
                if (!value.isBoolean()) {
                    throw new ScriptException(where + ": 'focus' must be true or false");
                }
            }
            case PROMPT -> {
                requiredText(node, "prompt", where);
                requiredText(node, "answer", where);
                if (node.has("answerAfter")
                        && (!node.get("answerAfter").isInt()
                                || node.get("answerAfter").asInt() < 1)) {
                    throw new ScriptException(where + ": 'answerAfter' must be a whole number of seconds >= 1");
                }
                if (node.has("twinPrompt") && !step.manipulation()) {
                    throw new ScriptException(where + ": 'twinPrompt' only makes sense on a step marked manipulation");
                }
            }
            case WRITE -> {
                requiredText(node, "write", where);
                boolean fromReference = node.path("fromReference").asBoolean(false);
                if (fromReference == node.has("content")) {
                    throw new ScriptException(where + ": give either 'content' or \"fromReference\": true");
                }
            }
            case EDIT -> {
                requiredText(node, "edit", where);
                if (!node.path("replace").isTextual()
                        || node.get("replace").asText().isEmpty()
                        || !node.path("with").isTextual()) {
                    throw new ScriptException(where + ": an edit needs 'replace' (non-empty) and 'with' texts");
                }
            }
            case FILE_OP -> {
                String op = value.asText();
                if (!Set.of("create", "rename", "delete").contains(op)) {
                    throw new ScriptException(where + ": 'fileOp' is create, rename or delete, not " + value);
                }
                requiredText(node, "path", where);
                if (op.equals("rename")) {
                    requiredText(node, "newPath", where);
                } else if (node.has("newPath")) {
                    throw new ScriptException(where + ": 'newPath' is for a rename only");
                }
            }
            case SWITCH_MODEL, OPEN, NOTE, RUN, TERMINAL -> requiredText(node, kind.field, where);
        }
        return step;
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!allowed.contains(field)) {
                throw new ScriptException(
                        where + ": unknown field '" + field + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ScriptException(where + ": '" + field + "' must be a non-blank string");
        }
        return value.asText();
    }

    public boolean hasManipulation() {
        return steps.stream().anyMatch(Step::manipulation);
    }

    /** For messages about a step before the script is complete. */
    private record Stub(String file) {
        SessionScript script() {
            return new SessionScript(file, file, "", "", "", 1, false, null, List.of());
        }
    }
}

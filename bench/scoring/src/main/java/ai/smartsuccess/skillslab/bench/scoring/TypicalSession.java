package ai.smartsuccess.skillslab.bench.scoring;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.events.TaskSnapshot;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.platform.test.SampleEvents;
import ai.smartsuccess.skillslab.scoring.service.input.SubmissionParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A typical recorded session: about 200 tracking events (12 prompts and answers, 100 code snapshots, runs, file
 * opens, notes) over 10 files. Each seed varies names and wording, so no two benchmark sessions are the same text.
 */
public final class TypicalSession {

    static final String[] FILES = {
        "README.md", "main.py", "tests/test_smoke.py", "todo_api/__init__.py", "todo_api/server.py",
        "todo_api/store.py", "todo_api/validation.py", "todo_api/models.py", "tests/test_store.py", "docs/NOTES.md"
    };
    /** Twelve distinct requests of a realistic session; two of them rephrase an earlier one. */
    static final String[] PROMPTS = {
        "In todo_api/store.py implement TodoStore.create so it inserts the title and done flag and returns the new todo"
                + " with its id, like list() does.",
        "Now get() and delete() in TodoStore: get returns None for an unknown id and delete returns True only when a"
                + " row was removed.",
        "Add the routes to make_handler in server.py: POST /todos answers 201 with the todo, GET /todos/<id> answers"
                + " 404 with a JSON error for unknown ids.",
        "My PUT test fails with AssertionError: 400 != 200 when I send {\"done\": true}. Why does validate() reject it?",
        "How should update() handle a title of None versus an empty string? Only fields that are given should change.",
        "The PUT test still fails with 400 != 200 for {\"done\": true}; why is the body refused by validate()?",
        "Write unittest cases for the store: unknown ids, deleting twice, and updating a missing todo.",
        "Is it safe to share one sqlite3 connection between the threads of ThreadingHTTPServer? Should writes take a"
                + " lock?",
        "Refactor the id parsing in server.py into one helper used by GET, PUT and DELETE.",
        "What is a good structure for the README section that explains how to run the server and the tests?",
        "Review my validate() function for edge cases I missed: non-object bodies, whitespace titles, non-boolean done.",
        "Give me a short checklist to verify the API by hand with curl before I submit."
    };
    static final String[] TOPICS = {
        "create", "get", "update", "delete", "validation", "routing", "errors", "tests", "pagination", "locking",
        "README", "status codes"
    };

    public final UUID assessmentId;
    public final byte[] tracking;
    public final byte[] finalFiles;
    public final byte[] starterFiles;
    public final Instant startedAt = Instant.parse("2026-03-02T09:00:00Z");
    public final Instant submittedAt = startedAt.plusSeconds(75 * 60);
    public final int events;

    public TypicalSession(long seed) {
        Random random = new Random(seed);
        assessmentId = new UUID(seed, random.nextLong());
        String word = "item" + Long.toString(Math.abs(seed), 36);
        Map<String, String> starter = new LinkedHashMap<>();
        Map<String, String> finals = new LinkedHashMap<>();
        for (int f = 0; f < FILES.length; f++) {
            String path = FILES[f];
            if (f < 6) {
                starter.put(path, file(path, word, 20 + f * 3, 0));
            }
            finals.put(path, file(path, word, 40 + f * 6, 99));
        }
        List<TrackingEvent> list = new ArrayList<>();
        int t = 30;
        for (int i = 0; i < 6; i++) {
            list.add(event(list, TrackingEventType.FILE_OPEN, t += 20, Map.of("path", FILES[i])));
        }
        list.add(event(list, TrackingEventType.NOTE, t += 60, Map.of(
                "text", "Plan for " + word + ":\n- store methods (~15 min)\n- routes with 404s\n- validation 400s\n- tests")));
        int snapshot = 0;
        for (int p = 0; p < 12; p++) {
            String topic = TOPICS[p];
            String model = p < 8 ? "gpt-4o" : "claude-sonnet-4-20250514";
            if (p == 8) {
                list.add(event(list, TrackingEventType.MODEL_SWITCH, t += 10, Map.of(
                        "from", "gpt-4o", "to", model, "reason", "need a stronger model for " + topic)));
            }
            String prompt = PROMPTS[p] + " (" + word + ", attempt " + random.nextInt(1000) + ")";
            String requestId = "r-" + seed + "-" + p;
            list.add(event(list, TrackingEventType.AI_PROMPT, t += 90, Map.of(
                    "model", model, "provider", "openai", "prompt", prompt, "messageCount", p + 1, "requestId", requestId)));
            list.add(event(list, TrackingEventType.AI_RESPONSE, t += 15, Map.of(
                    "model", model, "provider", "openai", "requestId", requestId, "inputTokens", 900, "outputTokens", 400,
                    "latencyMs", 15000, "complete", true,
                    "response", "Here is the change for " + topic + ":\n```python\n" + code(word + topic, 18, p) + "```\n")));
            for (int s = 0; s < 8; s++) {
                String path = FILES[4 + (snapshot % 6)];
                list.add(event(list, TrackingEventType.CODE_SNAPSHOT, t += 20, Map.of(
                        "path", path, "content", file(path, word, 30 + snapshot % 40, snapshot))));
                snapshot++;
            }
            list.add(event(list, TrackingEventType.TERMINAL_COMMAND, t += 15, Map.of("command", "python3 main.py --check " + p)));
            list.add(event(list, TrackingEventType.TEST_RUN, t += 20, Map.of(
                    "command", "python3 -m unittest discover -s tests -v", "exitCode", p % 4 == 1 ? 1 : 0,
                    "durationMs", 1200, "timedOut", false)));
            list.add(event(list, TrackingEventType.TERMINAL_COMMAND, t += 10, Map.of("command", "git diff --stat")));
            if (p % 3 == 0) {
                list.add(event(list, TrackingEventType.FILE_OPEN, t += 5, Map.of("path", FILES[6 + p % 4])));
            }
        }
        while (list.size() < 200) {
            String path = FILES[4 + (snapshot % 6)];
            list.add(event(list, TrackingEventType.CODE_SNAPSHOT, t += 15, Map.of(
                    "path", path, "content", file(path, word, 30 + snapshot % 40, snapshot))));
            snapshot++;
        }
        list.add(event(list, TrackingEventType.TEST_RUN, t + 20, Map.of(
                "command", "python3 -m unittest discover -s tests -v", "exitCode", 0, "durationMs", 1300, "timedOut", false)));
        events = list.size();
        StringBuilder ndjson = new StringBuilder();
        try {
            for (TrackingEvent e : list) {
                ndjson.append(SubmissionParser.MAPPER.writeValueAsString(e)).append('\n');
            }
            tracking = ndjson.toString().getBytes(StandardCharsets.UTF_8);
            finalFiles = files(finals);
            starterFiles = files(starter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrackingEvent event(List<TrackingEvent> list, TrackingEventType type, int seconds, Map<String, Object> data) {
        Instant at = startedAt.plusSeconds(seconds);
        String source = type.serverRecorded() ? "server" : "client";
        return new TrackingEvent("e" + list.size(), type, at, at, source, data);
    }

    static String file(String path, String word, int lines, int version) {
        StringBuilder out = new StringBuilder();
        if (path.endsWith(".md")) {
            for (int i = 0; i < lines / 3; i++) {
                out.append("- note ").append(i).append(" about ").append(word).append(" version ").append(version / 7).append('\n');
            }
            return out.toString();
        }
        out.append("\"\"\"").append(path).append(" for ").append(word).append(".\"\"\"\n\nimport json\n\n\n");
        return out.append(code(word + path, lines, version)).toString();
    }

    static String code(String word, int lines, int version) {
        StringBuilder out = new StringBuilder();
        int functions = Math.max(1, lines / 6);
        for (int f = 0; f < functions; f++) {
            out.append("def handle_").append(word.replaceAll("[^a-z0-9]", "_")).append('_').append(f).append("(store, todo_id, body):\n")
                    .append("    \"\"\"Handle step ").append(f).append(".\"\"\"\n")
                    .append("    if body is None or not isinstance(body, dict):\n")
                    .append("        raise ValueError(\"body must be an object\")\n")
                    .append("    todo = store.get(todo_id)\n")
                    .append("    return {\"id\": todo_id, \"value\": ").append((f * 31 + version) % 97).append("}\n\n");
        }
        return out.toString();
    }

    static byte[] files(Map<String, String> files) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        files.forEach((path, content) -> list.add(Map.of(
                "path", path, "encoding", "utf-8", "content", content, "size", content.length())));
        return SubmissionParser.MAPPER.writeValueAsBytes(Map.of("files", list));
    }

    public static TaskSnapshot task() {
        return new TaskSnapshot(
                UUID.fromString("a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
                "Build a REST API with AI Assistance",
                "## Task Description\n\nBuild a simple REST API for a todo list application using AI assistance.\n\n"
                        + "## Requirements\n\n1. Create endpoints for CRUD operations on todos\n2. Implement proper error"
                        + " handling\n3. Add input validation\n4. Write basic tests\n",
                "code_generation",
                "basic",
                120,
                true,
                null);
    }

    public AssessmentSubmitted submitted(ObjectRef tracking, ObjectRef finals, ObjectRef starter) {
        return SampleEvents.submitted(assessmentId)
                .candidate("bench-user", "bench@example.invalid", "Bench", "individual")
                .task(task())
                .objects(List.of(tracking), finals, starter)
                .hiddenTests(new HiddenTestResults("python-unittest", 7, 6, 1, 2000, false, null, List.of(
                        new HiddenTestResults.TestCaseResult("test_blank_title_is_400", false, "AssertionError"))))
                .session(startedAt, submittedAt)
                .build();
    }
}

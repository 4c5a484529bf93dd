package ai.smartsuccess.skillslab.bench;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic tracking batches, shaped like the workspace's: mostly code snapshots (full file content of a few hundred
 * bytes to a couple of kilobytes), file opens, focus changes, copy/paste, notes, model switches and file operations.
 * Every event id is unique, so each accepted event must show up exactly once in the final objects.
 */
final class Batches {

    private static final String[] FILES = {"main.py", "todo_api/server.py", "todo_api/store.py", "tests/test_api.py"};
    private static final String CODE = """
            from http.server import BaseHTTPRequestHandler


            class TodoHandler(BaseHTTPRequestHandler):
                def do_GET(self):
                    todos = self.server.store.list()
                    self._json(200, todos)

                def do_POST(self):
                    body = self._read_json()
                    if not body.get("title"):
                        return self._json(400, {"error": "title is required"})
                    todo = self.server.store.add(body)
                    self._json(201, todo)

                def do_DELETE(self):
                    todo_id = int(self.path.rsplit("/", 1)[-1])
                    if not self.server.store.remove(todo_id):
                        return self._json(404, {"error": "no such todo"})
                    self._json(204, None)
            """;

    /** Snapshots of growing length (200 to 800 characters), JSON-escaped once. */
    private static final String[] SNAPSHOTS = new String[7];

    static {
        for (int i = 0; i < SNAPSHOTS.length; i++) {
            String cut = CODE.substring(0, Math.min(CODE.length(), 200 + i * 100));
            SNAPSHOTS[i] = cut.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        }
    }

    private final AtomicLong counter = new AtomicLong();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    /** One request body of {@code size} events. */
    String next(int size) {
        StringBuilder body = new StringBuilder(size * 420).append("{\"events\":[");
        String now = Instant.now().toString();
        for (int i = 0; i < size; i++) {
            long n = counter.incrementAndGet();
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"id\":\"b-").append(runId).append('-').append(n).append("\",");
            body.append("\"timestamp\":\"").append(now).append("\",");
            String file = FILES[(int) (n % FILES.length)];
            switch ((int) (n % 10)) {
                case 0, 1, 2, 3 -> body.append("\"type\":\"code_snapshot\",\"data\":{\"path\":\"")
                        .append(file)
                        .append("\",\"content\":\"")
                        .append(SNAPSHOTS[(int) (n % SNAPSHOTS.length)])
                        .append("\"}}");
                case 4, 5 -> body.append("\"type\":\"file_open\",\"data\":{\"path\":\"").append(file).append("\"}}");
                case 6 -> body.append("\"type\":\"focus_change\",\"data\":{\"focused\":").append(n % 2 == 0)
                        .append("}}");
                case 7 -> body.append("\"type\":\"copy_paste\",\"data\":{\"direction\":\"paste\",\"source\":\"chat\",")
                        .append("\"target\":\"editor\",\"path\":\"").append(file)
                        .append("\",\"length\":48,\"content\":\"todo = self.server.store.add(body)\"}}");
                case 8 -> body.append("\"type\":\"note\",\"data\":{\"text\":\"Next: validate the title, then the ")
                        .append("delete route.\"}}");
                default -> body.append(n % 20 == 9
                                ? "\"type\":\"model_switch\",\"data\":{\"from\":\"offline-assistant\",\"to\":\"gpt-4o\"}}"
                                : "\"type\":\"file_op\",\"data\":{\"op\":\"create\",\"path\":\"notes/plan-" + n + ".md\"}}");
            }
        }
        return body.append("]}").toString();
    }
}

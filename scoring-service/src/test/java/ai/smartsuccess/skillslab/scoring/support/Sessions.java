package ai.smartsuccess.skillslab.scoring.support;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.util.List;
import java.util.Map;

/** Small hand-built sessions for the service tests (the calibration corpus lives in test resources). */
public final class Sessions {

    static final String STORE = "todo_api/store.py";
    static final String SERVER = "todo_api/server.py";
    static final String TESTS = "python3 -m unittest discover -s tests -v";

    private Sessions() {}

    public static SessionFixture planned() {
        SessionFixture s = new SessionFixture();
        s.starterFiles.putAll(TodoTask.starterFiles());
        s.finalFiles.putAll(TodoTask.starterFiles());
        String store = TodoTask.resource("/tasks/todo-api/solution/todo_api/store.py");
        String server = TodoTask.resource("/tasks/todo-api/solution/todo_api/server.py");
        String tests = TodoTask.resource("/tasks/todo-api/solution/tests/test_store.py");
        s.finalFiles.put(STORE, store);
        s.finalFiles.put(SERVER, server);
        s.finalFiles.put("tests/test_store.py", tests);
        s.event(TrackingEventType.FILE_OPEN, 20, Map.of("path", "README.md"))
                .event(TrackingEventType.FILE_OPEN, 60, Map.of("path", STORE))
                .event(TrackingEventType.FILE_OPEN, 90, Map.of("path", SERVER))
                .event(
                        TrackingEventType.NOTE,
                        150,
                        Map.of(
                                "text",
                                "Plan:\n- implement TodoStore create/get/update/delete"
                                        + " (~15 min)\n- add POST, GET by id, PUT, DELETE routes in server.py\n- validate title and done,"
                                        + " return JSON errors with 400/404\n- write unit tests for the store and validation"))
                .prompt(
                        240,
                        "gpt-4o",
                        "In todo_api/store.py, implement TodoStore.create so that it inserts the title"
                                + " and done flag with sqlite3 and returns the todo dict with the new id. Keep the existing"
                                + " list() format.",
                        12,
                        "```python\n    def create(self, title, done=False):\n"
                                + "        cursor = self._db.execute(\"INSERT INTO todos (title, done) VALUES (?, ?)\", (title, int(done)))\n"
                                + "        self._db.commit()\n        return {\"id\": cursor.lastrowid, \"title\": title, \"done\": bool(done)}\n```")
                .snapshot(330, STORE, store)
                .testRun(360, TESTS, 0)
                .prompt(
                        600,
                        "gpt-4o",
                        "Now add the routes to make_handler in todo_api/server.py: POST /todos returns"
                                + " 201, GET /todos/<id> returns 404 when get() returns None, and errors must be JSON"
                                + " {\"error\": ...}.",
                        15,
                        "```python\n        def do_POST(self):\n"
                                + "            body = self._body()\n            error = validate(body, partial=False)\n```")
                .snapshot(720, SERVER, server)
                .testRun(760, TESTS, 1)
                .prompt(
                        800,
                        "gpt-4o",
                        "The test for PUT fails with AssertionError: 400 != 200 when done is True. Why"
                                + " does validate() reject {\"done\": true} in do_PUT?",
                        10,
                        "Because partial is False; pass" + " partial=True in do_PUT.")
                .snapshot(860, SERVER, server + "\n")
                .testRun(900, TESTS, 0)
                .snapshot(1500, "tests/test_store.py", tests)
                .testRun(1560, TESTS, 0);
        s.hidden(7, 7, List.of());
        return s;
    }
}

// Drives one complete assessment through the public HTTP API only, as a candidate would from a script:
// token from Keycloak (client skills-lab-cli), start a default task, write files, ask the AI, run the tests, submit,
// then poll until the score is there and print it.
//
//   node launcher/tools/demo.mjs        (SKILLSLAB_URL, KEYCLOAK_URL, DEMO_USER, DEMO_PASSWORD override the defaults)

const BASE = process.env.SKILLSLAB_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/skills-lab';
const USER = process.env.DEMO_USER ?? 'candidate@demo.skillslab.dev';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password';
const TASK_TITLE = 'Build a REST API with AI Assistance';
const SCORE_TIMEOUT_MS = 180_000;

const STORE = `"""Storage for todos."""

import sqlite3
import threading


class TodoStore:
    """Keeps todos in SQLite. Each todo is a dict: {"id": int, "title": str, "done": bool}."""

    def __init__(self, path=":memory:"):
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0)"
        )

    @staticmethod
    def _row(row):
        return None if row is None else {"id": row[0], "title": row[1], "done": bool(row[2])}

    def list(self):
        with self._lock:
            rows = self._db.execute("SELECT id, title, done FROM todos ORDER BY id").fetchall()
        return [self._row(r) for r in rows]

    def create(self, title, done=False):
        with self._lock:
            cursor = self._db.execute("INSERT INTO todos (title, done) VALUES (?, ?)", (title, int(done)))
            self._db.commit()
            todo_id = cursor.lastrowid
        return self.get(todo_id)

    def get(self, todo_id):
        with self._lock:
            row = self._db.execute("SELECT id, title, done FROM todos WHERE id = ?", (todo_id,)).fetchone()
        return self._row(row)

    def update(self, todo_id, title=None, done=None):
        if self.get(todo_id) is None:
            return None
        with self._lock:
            if title is not None:
                self._db.execute("UPDATE todos SET title = ? WHERE id = ?", (title, todo_id))
            if done is not None:
                self._db.execute("UPDATE todos SET done = ? WHERE id = ?", (int(done), todo_id))
            self._db.commit()
        return self.get(todo_id)

    def delete(self, todo_id):
        with self._lock:
            cursor = self._db.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
            self._db.commit()
        return cursor.rowcount > 0
`;

const SERVER = `"""HTTP layer of the todo API."""

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from todo_api.store import TodoStore

ITEM = re.compile(r"^/todos/(\\d+)$")


def validate(body, partial):
    if not isinstance(body, dict):
        return "body must be a JSON object"
    if not partial or "title" in body:
        title = body.get("title")
        if not isinstance(title, str) or not title.strip():
            return "title is required and must be a non-empty string"
    if "done" in body and not isinstance(body["done"], bool):
        return "done must be a boolean"
    return None


def make_handler(store):
    class TodoHandler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def _send(self, status, body=None):
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                return json.loads(self.rfile.read(length) or b"null")
            except ValueError:
                return None

        def _item(self):
            match = ITEM.match(self.path)
            return int(match.group(1)) if match else None

        def do_GET(self):
            if self.path == "/todos":
                return self._send(200, store.list())
            todo_id = self._item()
            todo = store.get(todo_id) if todo_id is not None else None
            return self._send(200, todo) if todo else self._send(404, {"error": "not found"})

        def do_POST(self):
            if self.path != "/todos":
                return self._send(404, {"error": "not found"})
            body = self._body()
            error = validate(body, partial=False)
            if error:
                return self._send(400, {"error": error})
            return self._send(201, store.create(body["title"].strip(), body.get("done", False)))

        def do_PUT(self):
            todo_id = self._item()
            if todo_id is None or store.get(todo_id) is None:
                return self._send(404, {"error": "not found"})
            body = self._body()
            error = validate(body, partial=True)
            if error:
                return self._send(400, {"error": error})
            title = body["title"].strip() if "title" in body else None
            return self._send(200, store.update(todo_id, title, body.get("done")))

        def do_DELETE(self):
            todo_id = self._item()
            if todo_id is None or not store.delete(todo_id):
                return self._send(404, {"error": "not found"})
            return self._send(204)

    return TodoHandler


def make_server(host, port, store=None):
    return ThreadingHTTPServer((host, port), make_handler(store or TodoStore()))
`;

const TESTS = `import unittest

from todo_api.store import TodoStore


class StoreTest(unittest.TestCase):
    def test_create_then_get(self):
        store = TodoStore()
        todo = store.create("write tests")
        self.assertEqual(store.get(todo["id"]), todo)

    def test_update_unknown_is_none(self):
        self.assertIsNone(TodoStore().update(42, done=True))

    def test_delete_twice(self):
        store = TodoStore()
        todo = store.create("once")
        self.assertTrue(store.delete(todo["id"]))
        self.assertFalse(store.delete(todo["id"]))


if __name__ == "__main__":
    unittest.main()
`;

function step(text) {
  console.log(`• ${text}`);
}

async function call(token, method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = data?.detail ?? data?.title ?? text;
    throw new Error(`${method} ${path} answered ${response.status}: ${detail}`);
  }
  return data;
}

async function signIn() {
  const response = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'skills-lab-cli', username: USER, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`Keycloak refused the sign-in of ${USER}: ${response.status}`);
  return (await response.json()).access_token;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const token = await signIn();
  step(`signed in as ${USER}`);

  const { tasks } = await call(token, 'GET', '/api/tasks?isDefault=true&limit=50');
  const task = tasks.find((t) => t.title === TASK_TITLE);
  if (!task) throw new Error(`the default task "${TASK_TITLE}" is missing`);

  const { assessmentId } = await call(token, 'POST', '/api/assessments', { taskId: task.id });
  const started = await call(token, 'POST', `/api/assessments/${assessmentId}/start`);
  step(`started "${task.title}" (assessment ${assessmentId}, deadline ${started.deadline})`);

  const { entries } = await call(token, 'GET', `/api/assessments/${assessmentId}/files`);
  step(`workspace holds ${entries.filter((e) => e.type === 'file').length} starter files`);

  const models = (await call(token, 'GET', '/api/ai/models')).models;
  const model = models.find((m) => m.offline) ?? models[0];
  const answer = await call(token, 'POST', '/api/ai/chat', {
    assessmentId,
    model: model.id,
    messages: [{ role: 'user', content: 'Plan a todo REST API with sqlite and http.server: which endpoints, validation and tests do I need?' }],
  });
  step(`asked ${model.name}: ${answer.content.split('\n')[0].slice(0, 90)}…`);

  for (const [path, content] of [['todo_api/store.py', STORE], ['todo_api/server.py', SERVER], ['tests/test_store.py', TESTS]]) {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    await call(token, 'PUT', `/api/assessments/${assessmentId}/files/${encoded}`, { content });
  }
  step('wrote todo_api/store.py, todo_api/server.py and tests/test_store.py');

  const run = await call(token, 'POST', `/api/assessments/${assessmentId}/run`, { command: 'python3 -m unittest discover -s tests' });
  step(`visible tests exited with ${run.exitCode} in ${run.durationMs} ms`);

  await call(token, 'POST', `/api/assessments/${assessmentId}/submit`, { notes: 'Submitted by ./skillslab demo' });
  step('submitted; waiting for the score');

  const deadline = Date.now() + SCORE_TIMEOUT_MS;
  for (;;) {
    const assessment = await call(token, 'GET', `/api/assessments/${assessmentId}`);
    if (assessment.status === 'scored') {
      const { score } = assessment;
      console.log(`\nScore: ${score.finalScore}/100   Level: ${score.proficiencyLevel}`);
      for (const [category, value] of Object.entries(score.categoryScores)) {
        console.log(`  ${category.padEnd(20)} ${Number(value).toFixed(1)}`);
      }
      console.log(`\nResults page: ${BASE}/results/${assessmentId}`);
      return;
    }
    if (assessment.status === 'failed') throw new Error(`scoring failed: ${assessment.failureReason}`);
    if (Date.now() > deadline) throw new Error(`no score after ${SCORE_TIMEOUT_MS / 1000} s (status ${assessment.status})`);
    await sleep(1000);
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});

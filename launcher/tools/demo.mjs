// Drives one complete assessment through the public HTTP API only, as a candidate would from a script:
// token from Keycloak (client skills-lab-cli), start a default task, write files, ask the AI, run the tests, submit,
// then poll until the score is there and print it.
//
//   node launcher/tools/demo.mjs        (SKILLSLAB_URL, KEYCLOAK_URL, DEMO_USER, DEMO_PASSWORD override the defaults)

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BASE = process.env.SKILLSLAB_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/skills-lab';
const USER = process.env.DEMO_USER ?? 'candidate@demo.skillslab.dev';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password';
const TASK_TITLE = 'Build a REST API with AI Assistance';
const SCORE_TIMEOUT_MS = 180_000;

// The demo writes the reference solution of the task (the one its hidden test suite is checked against) and a few
// tests of its own, as a candidate would after working with the AI.
const SOLUTION_DIR = fileURLToPath(
  new URL('../../task-service/src/test/resources/reference-solutions/a1b2c3d4-e5f6-7890-abcd-ef1234567890/', import.meta.url),
);
const SOLUTION_FILES = ['todo_api/store.py', 'todo_api/server.py'];

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

class ApiProblem extends Error {
  constructor(method, path, status, problem, text) {
    super(`${method} ${path} answered ${status}: ${problem?.detail ?? problem?.title ?? text}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

async function call(token, method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiProblem(method, path, response.status, data, text);
  return data;
}

/** A new attempt of the task, or the one an interrupted earlier demo left unfinished (one per task at a time). */
async function openAttempt(token, taskId) {
  try {
    const { assessmentId } = await call(token, 'POST', '/api/assessments', { taskId });
    return { assessmentId, status: 'pending' };
  } catch (error) {
    if (error.status !== 409 || !String(error.problem.type).endsWith('/attempt-in-progress')) throw error;
    step(`resuming attempt #${error.problem.attemptNumber} left unfinished`);
    return { assessmentId: error.problem.assessmentId, status: error.problem.attemptStatus };
  }
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

  const attempt = await openAttempt(token, task.id);
  const { assessmentId } = attempt;
  const started =
    attempt.status === 'pending'
      ? await call(token, 'POST', `/api/assessments/${assessmentId}/start`)
      : await call(token, 'GET', `/api/assessments/${assessmentId}`);
  step(`started "${task.title}" (assessment ${assessmentId}, deadline ${started.deadline})`);

  const { entries } = await call(token, 'GET', `/api/assessments/${assessmentId}/files`);
  step(`workspace holds ${entries.filter((e) => e.type === 'file').length} starter files`);

  const models = (await call(token, 'GET', '/api/ai/models')).models;
  const model = models.find((m) => m.offline) ?? models[0];
  const answer = await call(token, 'POST', '/api/ai/chat', {
    assessmentId,
    model: model.id,
    message: 'Plan a todo REST API with sqlite and http.server: which endpoints, validation and tests do I need?',
  });
  step(`asked ${model.name}: ${answer.content.split('\n')[0].slice(0, 90)}…`);

  const files = SOLUTION_FILES.map((path) => [path, readFileSync(SOLUTION_DIR + path, 'utf8')]);
  for (const [path, content] of [...files, ['tests/test_store.py', TESTS]]) {
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
